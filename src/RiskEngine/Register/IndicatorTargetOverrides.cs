using System.Globalization;

namespace RiskEngine.Register;

/// <summary>
/// The office-set targets of <see cref="RiskEngineOptions.IndicatorTargets"/> laid over the catalogue. Only an indicator
/// the source does not quantify may be configured: a target the source states is the plan's, not the office's.
/// </summary>
internal sealed class IndicatorTargetOverrides
{
    private const string Section = "RiskEngine:IndicatorTargets";
    private readonly List<(string Code, int Year, double Value)> _targets = [];

    private IndicatorTargetOverrides()
    {
    }

    /// <summary>The accepted overrides in a stable order, for the rule-set version; empty when none are configured.</summary>
    public IEnumerable<string> Lines => _targets.Select(t => FormattableString.Invariant($"{Section}:{t.Code}:{t.Year}={t.Value:R}"));

    /// <summary>Checks <paramref name="configured"/> against the catalogue, adding an error per bad entry.</summary>
    public static IndicatorTargetOverrides Read(
        IReadOnlyDictionary<string, Dictionary<string, double>>? configured, IReadOnlyList<Indicator> indicators, List<RuleSetError> errors)
    {
        var result = new IndicatorTargetOverrides();
        var catalogue = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var (code, years) in (configured ?? new Dictionary<string, Dictionary<string, double>>()).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var key = $"{Section}:{code}";
            void Fail(EngineMessage reason) => errors.Add(new RuleSetError(key, null, reason, Kind: RuleSetItemKind.Indicator));
            if (!catalogue.TryGetValue(code, out var indicator)) { Fail(EngineMessage.Of("error.register.target.unknown-indicator", ("code", code))); continue; }
            if (indicator.SourceTarget)
            {
                Fail(EngineMessage.Of("error.register.target.source", ("line", indicator.Line)));
                continue;
            }

            foreach (var (yearText, value) in (years ?? []).OrderBy(y => y.Key, StringComparer.Ordinal))
            {
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
                    Fail(EngineMessage.Of("error.register.target.year", ("year", yearText)));
                else if (indicator.Measure.Problem(value) is { } problem) Fail(RiskLinkReader.Field(yearText, problem));
                else result._targets.Add((code, year, value));
            }
        }

        return result;
    }

    /// <summary>The catalogue with the configured years replaced (or added).</summary>
    public IReadOnlyList<Indicator> ApplyTo(IReadOnlyList<Indicator> indicators)
    {
        if (_targets.Count == 0) return indicators;
        var byCode = _targets.ToLookup(t => t.Code, StringComparer.Ordinal);
        return indicators.Select(i => byCode.Contains(i.Code) ? i with { Targets = Merge(i.Targets, byCode[i.Code]) } : i).ToList();
    }

    private static Dictionary<int, double> Merge(IReadOnlyDictionary<int, double> catalogue, IEnumerable<(string Code, int Year, double Value)> overrides)
    {
        var targets = catalogue.ToDictionary();
        foreach (var o in overrides) targets[o.Year] = o.Value;
        return targets;
    }
}
