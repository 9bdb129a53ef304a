using System.Globalization;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>
/// Illustrative observations for the benchmarks and for the test that the hand-written rating agrees with the engine:
/// the university and <c>scopes − 1</c> faculties, every indicator in every scope over a few years. Values are spread
/// between far off and well past each target, so warnings and easing rules both fire, and 2.1, 1.2 and 3.2 are rated
/// high in some scopes, so links fire too; some series stop early, so some facts are stale.
/// </summary>
internal sealed class SyntheticData
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public SyntheticData(CompiledRuleSet rules, int scopes)
    {
        ScopeCodes = [Scopes.University, .. Enumerable.Range(1, scopes - 1).Select(i => "F" + i.ToString("D4", CultureInfo.InvariantCulture))];
        ScopeNames = ScopeCodes.Skip(1).ToDictionary(s => s, s => "Faculty " + s, StringComparer.Ordinal);
        Observations = [.. ScopeCodes.SelectMany((scope, s) => rules.Indicators.SelectMany((indicator, i) => Series(indicator, scope, s, i)))];
        // An overdue action on every third risk, so conditions over ctx.OverdueActions read something.
        Actions = [.. rules.Risks.Where((_, r) => r % 3 == 0).Select(r => new MitigationAction(r.Code, "illustrative", "office", AsOf.AddDays(-30), "open"))];
    }

    public IReadOnlyList<string> ScopeCodes { get; }

    public IReadOnlyDictionary<string, string> ScopeNames { get; }

    public IReadOnlyList<Observation> Observations { get; }

    public IReadOnlyList<MitigationAction> Actions { get; }

    private static IEnumerable<Observation> Series(Indicator indicator, string scope, int s, int i)
    {
        // Where between "far off" (0) and "well past" (1) the target this indicator sits in this scope.
        var position = (s * 7 + i * 3) % 10 / 9.0;
        var value = Bad(indicator) + (Good(indicator) - Bad(indicator)) * position;
        var last = (s + i) % 7 == 0 ? 2024 : 2026;
        for (var year = 2022; year <= last; year++)
        {
            // A mild drift towards the latest value, so trends and projections are not flat.
            var v = value * (0.88 + 0.04 * (year - 2022));
            yield return new Observation(indicator.Code, year.ToString(CultureInfo.InvariantCulture), indicator.IsPercent ? Math.Clamp(v, 0, 100) : v, scope);
        }
    }

    private static double Good(Indicator indicator) =>
        indicator.Direction == IndicatorDirection.Higher ? Best(indicator) * 1.2 + 1 : Least(indicator) * 0.5;

    private static double Bad(Indicator indicator) =>
        indicator.Direction == IndicatorDirection.Higher ? Best(indicator) * 0.2 : Least(indicator) * 3 + 10;

    private static double Best(Indicator indicator) => indicator.Targets.Count > 0 ? indicator.Targets.Values.Max() : indicator.Baseline ?? 10;

    private static double Least(Indicator indicator) => indicator.Targets.Count > 0 ? indicator.Targets.Values.Min() : indicator.Baseline ?? 10;
}
