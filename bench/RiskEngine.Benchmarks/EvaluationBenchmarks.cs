using BenchmarkDotNet.Attributes;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>
/// A whole evaluation — facts, the 135 rules, the rating, the links, the reasons — through the engine
/// (<see cref="RiskRater"/>: one NRules session per scope) beside the same work written by hand
/// (<see cref="HandWrittenRater"/>), on illustrative data (<see cref="SyntheticData"/>). The issue's goals: the engine
/// at most 3× the hand-written rating at 100 scopes, and 1,000 scopes at most 12× the time of 100.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class EvaluationBenchmarks
{
    private static readonly FactBuilder Facts = new(new FactOptions(90, 0.10));
    private RiskRater _engine = null!;
    private HandWrittenRater _handWritten = null!;
    private SyntheticData _data = null!;

    /// <summary>The university and <c>Scopes − 1</c> faculties.</summary>
    [Params(10, 100, 1000)]
    public int Scopes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rules = RuleSetLoader.LoadAsync(RulesDirectory.Find()).GetAwaiter().GetResult();
        _engine = new RiskRater(rules, Facts);
        _handWritten = new HandWrittenRater(rules, Facts);
        _data = new SyntheticData(rules, Scopes);
    }

    [Benchmark(Description = "engine (NRules)")]
    public IReadOnlyList<RiskAssessment> Engine() =>
        _engine.Rate(SyntheticData.AsOf, _data.Observations, _data.Actions, _data.ScopeNames, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public IReadOnlyList<RiskAssessment> HandWritten() =>
        _handWritten.Rate(SyntheticData.AsOf, _data.Observations, _data.Actions, _data.ScopeNames);
}
