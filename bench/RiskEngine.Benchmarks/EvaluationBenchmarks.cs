using BenchmarkDotNet.Attributes;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>
/// What the design promises: the rule set is expensive to build (parse, guard, compile 135 rules) and built once;
/// a rating run over a realistic data set is cheap. Run: dotnet run -c Release --project bench/RiskEngine.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private CompiledRuleSet _rules = null!;
    private RiskRater _rater = null!;
    private List<Observation> _observations = null!;

    [Params(1, 10)]
    public int Faculties { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = RuleSetLoader.LoadAsync(RulesDirectory()).GetAwaiter().GetResult();
        _rater = new RiskRater(_rules, new FactBuilder(new FactOptions(90, 0.10)));
        var scopes = Enumerable.Range(0, Faculties).Select(i => $"F{i}").Prepend(Scopes.University).ToList();
        _observations = (from indicator in _rules.Indicators
                         from scope in scopes
                         from year in new[] { 2023, 2024, 2025, 2026 }
                         select new Observation(indicator.Code, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                             indicator.Targets.Values.Max() * (0.7 + 0.1 * (year - 2023)), scope)).ToList();
    }

    [Benchmark(Description = "load + validate + compile rules/")]
    public async Task<int> LoadRuleSet() => (await RuleSetLoader.LoadAsync(RulesDirectory())).Rules.Count;

    [Benchmark(Description = "rate 11 risks (compiled rule set reused)")]
    public int Rate() => _rater.Rate(AsOf, _observations, [], new Dictionary<string, string>(), CancellationToken.None).Count;

    internal static string RulesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "indicators.json"))) return Path.Combine(dir.FullName, "rules");
        }

        throw new DirectoryNotFoundException("rules/ not found");
    }
}
