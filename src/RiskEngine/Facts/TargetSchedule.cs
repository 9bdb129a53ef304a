namespace RiskEngine.Facts;

/// <summary>
/// The target in force in a year: the catalogue's target for that year, else a straight line between the
/// surrounding points (baseline and targets); before the first target with no baseline, the first target;
/// after the last, the last.
/// </summary>
internal static class TargetSchedule
{
    public static double? InForce(Indicator indicator, int year)
    {
        var points = indicator.Targets.OrderBy(t => t.Key).Select(t => (Year: t.Key, Value: t.Value)).ToList();
        if (points.Count == 0) return null;
        if (indicator.Baseline is { } b && indicator.BaselineYear < points[0].Year) points.Insert(0, (indicator.BaselineYear, b));

        if (year <= points[0].Year) return points[0].Value;
        if (year >= points[^1].Year) return points[^1].Value;
        for (var i = 1; i < points.Count; i++)
        {
            var (y1, v1) = points[i];
            if (year > y1) continue;
            var (y0, v0) = points[i - 1];
            return v0 + (v1 - v0) * (year - y0) / (y1 - y0);
        }

        return points[^1].Value;
    }

    public static (int Year, double Value)? Final(Indicator indicator) =>
        indicator.Targets.Count == 0 ? null : indicator.Targets.MaxBy(t => t.Key) is var last ? (last.Key, last.Value) : null;
}
