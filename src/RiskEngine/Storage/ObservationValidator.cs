using RiskEngine.Facts;

namespace RiskEngine.Storage;

/// <summary>The one place that decides whether an observation can be stored: known indicator and scope, a period, a value in range.</summary>
internal sealed class ObservationValidator(IRiskRegister register)
{
    public List<ObservationError> Validate(IReadOnlyList<Observation> batch, ISet<string> knownScopes)
    {
        var errors = new List<ObservationError>();
        var seen = new Dictionary<(string, string, string), int>(batch.Count);
        var periods = new Dictionary<string, Period?>(StringComparer.Ordinal); // parsed once per distinct text
        for (var i = 0; i < batch.Count; i++)
        {
            var o = batch[i];
            var indicator = register.FindIndicator(o.Indicator);
            if (indicator is null) errors.Add(new(i, "indicator", EngineMessage.Of("error.observation.unknown-indicator", ("code", o.Indicator))));
            if (o.Scope != Scopes.University && !knownScopes.Contains(o.Scope)) errors.Add(new(i, "scope", EngineMessage.Of("error.observation.unknown-scope", ("code", o.Scope))));
            if (!periods.TryGetValue(o.Period, out var parsed)) periods[o.Period] = parsed = Period.TryParse(o.Period, out var p) ? p : null;
            if (parsed is null) errors.Add(new(i, "period", EngineMessage.Of("error.observation.period", ("period", o.Period))));
            if (!double.IsFinite(o.Value)) errors.Add(new(i, "value", EngineMessage.Of("error.observation.not-finite")));
            else if (indicator is { IsPercent: true } && o.Value is < 0 or > 100) errors.Add(new(i, "value", EngineMessage.Of("error.observation.percent", ("value", o.Value))));
            else if (indicator is not null && o.Value < indicator.Measure.Min && indicator.Measure.Min == 0) errors.Add(new(i, "value", EngineMessage.Of("error.observation.negative", ("value", o.Value), ("unit", indicator.Unit))));
            else if (indicator?.Measure.Problem(o.Value) is { } problem) errors.Add(new(i, "value", problem));

            var key = (o.Indicator, parsed?.Text ?? o.Period, o.Scope);
            if (seen.TryGetValue(key, out var first)) errors.Add(new(i, "period", EngineMessage.Of("error.observation.duplicate", ("number", first + 1))));
            else seen[key] = i;
        }

        return errors;
    }

    /// <summary>The period in its stored form, so "2025-6-30"-style inputs and their canonical form are one key.</summary>
    public static string CanonicalPeriod(string period) => Period.TryParse(period, out var p) ? p.Text : period;
}
