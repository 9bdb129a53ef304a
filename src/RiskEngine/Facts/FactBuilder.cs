namespace RiskEngine.Facts;

/// <summary>Derives <see cref="IndicatorFact"/>s from observations: latest value, target in force, gap, trend, status, staleness.</summary>
internal sealed class FactBuilder(FactOptions options)
{
    public IndicatorFact Build(Indicator indicator, string scope, IEnumerable<Observation> observations, DateOnly asOf)
    {
        var points = new List<(Observation Observation, Period Period)>();
        var ordered = true;
        foreach (var o in observations)
        {
            var period = Period.Parse(o.Period);
            if (period.Start > asOf) continue;
            ordered &= points.Count == 0 || points[^1].Period.End <= period.End;
            points.Add((o, period));
        }

        // The store reads a series in period order, which is mostly end order already: sorted (stably) only when it is not.
        if (!ordered) points = [.. points.OrderBy(p => p.Period.End)];
        if (points.Count == 0) return IndicatorFact.None(indicator.Code, scope) with { Unit = indicator.Unit, Stale = true };

        var latest = points[^1];
        var value = latest.Observation.Value;
        var sign = indicator.Direction == IndicatorDirection.Higher ? 1 : -1;
        var trend = Trend.Fit(points.Select(p => (p.Period.YearPosition, p.Observation.Value)).ToList());
        var final = TargetSchedule.Final(indicator);
        var target = TargetSchedule.InForce(indicator, asOf.Year);
        var projected = Bounded(indicator, final is { } f ? trend.At(f.Year) : value);

        var fact = new IndicatorFact
        {
            Code = indicator.Code,
            Scope = scope,
            Unit = indicator.Unit,
            HasValue = true,
            Value = value,
            Period = latest.Period.Text,
            Stale = IsStale(indicator.Frequency, latest.Period.End, asOf),
            HasBaseline = indicator.Baseline is not null,
            Baseline = indicator.Baseline ?? 0,
            Projected = projected,
            Slope = trend.Slope * sign,
            Points = trend.Points,
        };
        if (target is not { } t || final is not { } fin) return fact;

        var shortfall = Math.Max(0, (t - value) * sign);
        var shortfallRatio = shortfall / Denominator(t);
        var projectedShortfallRatio = trend.Points >= 2 ? Math.Max(0, (fin.Value - projected) * sign) / Denominator(fin.Value) : 0;
        var offTrack = shortfallRatio > options.OffTrackTolerance || projectedShortfallRatio > options.OffTrackTolerance;
        var onTrack = !offTrack && shortfall == 0 && projectedShortfallRatio == 0;
        return fact with
        {
            HasTarget = true,
            Target = t,
            FinalTarget = fin.Value,
            TargetYear = fin.Year,
            Gap = value - t,
            Shortfall = shortfall,
            ShortfallRatio = shortfallRatio,
            OnTrack = onTrack,
            OffTrack = offTrack,
            AtRisk = !onTrack && !offTrack,
            Status = offTrack ? "off-track" : onTrack ? "on-track" : "at-risk",
        };
    }

    private bool IsStale(ReportingFrequency frequency, DateOnly latestEnd, DateOnly asOf)
    {
        var expectedBy = frequency switch
        {
            ReportingFrequency.Monthly => latestEnd.AddMonths(1),
            ReportingFrequency.Quarterly => latestEnd.AddMonths(3),
            ReportingFrequency.Semester => latestEnd.AddMonths(6),
            _ => latestEnd.AddYears(1),
        };
        return asOf > expectedBy.AddDays(options.StaleGraceDays);
    }

    // A straight line runs past what the unit allows (a share below 0 %); the projection stops at the unit's bounds.
    private static double Bounded(Indicator indicator, double value) => indicator.Measure.Bounded(value);

    private static double Denominator(double target) => Math.Abs(target) > 0 ? Math.Abs(target) : 1;
}
