using BenchmarkDotNet.Attributes;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>Loading the register: read, validate, parse and guard 135 rules, compile the NRules network, trial-run every rule. Goal: at most 300 ms.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class LoadBenchmarks
{
    [Benchmark(Description = "RuleSetLoader.LoadAsync(rules/)")]
    public async Task<int> Load() => (await RuleSetLoader.LoadAsync(RulesDirectory.Find())).Rules.Count;
}
