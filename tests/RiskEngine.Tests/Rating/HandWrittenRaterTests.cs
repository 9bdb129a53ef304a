using System.Globalization;
using RiskEngine.Benchmarks;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rating;

/// <summary>
/// The benchmarks compare the engine with a hand-written rating of the same rules (bench/RiskEngine.Benchmarks); the
/// comparison is honest only while the two rate alike. Every risk, every scope, every reason must match.
/// </summary>
public sealed class HandWrittenRaterTests
{
    [Fact]
    public void Rate_BenchmarkData_GivesTheEngineRatingsAndReasons()
    {
        var rules = SharedRuleSet.Value;
        var facts = new FactBuilder(new FactOptions(90, 0.10));
        var data = new SyntheticData(rules, 20);

        var engine = new RiskRater(rules, facts).Rate(SyntheticData.AsOf, data.Observations.ToList(), data.Actions.ToList(), data.ScopeNames, CancellationToken.None);
        var handWritten = new HandWrittenRater(rules, facts).Rate(SyntheticData.AsOf, data.Observations.ToList(), data.Actions.ToList(), data.ScopeNames);

        var reasons = engine.SelectMany(r => r.Scopes).SelectMany(s => s.Reasons).ToList();
        var easing = rules.Rules.Where(r => r.Eases).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(reasons.Any(r => r.Driver is not null), "no link fired: the data proves nothing about links");
        Assert.True(reasons.Any(r => easing.Contains(r.Rule)), "no easing rule fired: the data proves nothing about them");
        Assert.True(reasons.Any(r => !r.IsDefault && r.Driver is null && !easing.Contains(r.Rule)), "no warning fired: the data proves nothing about them");
        var expected = Describe(engine);
        var actual = Describe(handWritten);
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0 && expected.Count == actual.Count,
            first < 0 ? $"{expected.Count} lines from the engine, {actual.Count} from the baseline" : $"line {first}: engine «{expected[first]}», baseline «{actual[first]}»");
    }

    private static List<string> Describe(IReadOnlyList<RiskAssessment> risks) =>
    [
        .. risks.SelectMany(r => new[] { $"{r.Code} {r.Likelihood}×{r.Impact} worst {r.WorstScope} stale {string.Join(',', r.StaleIndicators)} reasons {string.Join(',', r.Reasons.Select(x => x.Rule))}" }
            .Concat(r.Scopes.SelectMany(s => new[] { $"  {r.Code} {s.Scope} {s.Likelihood}×{s.Impact} stale {string.Join(',', s.StaleIndicators)}" }
                .Concat(s.Reasons.Select(x => string.Create(CultureInfo.InvariantCulture,
                    $"    {x.Rule} {x.Indicator} {x.Sets} {x.Level} line {x.SourceLine} value {x.Value} target {x.Target} gap {x.Gap} driver {x.Driver} default {x.IsDefault} | {x.Text.Get("ky")} | {x.Text.Get("ru")} | {x.Text.Get("en")}")))))),
    ];
}
