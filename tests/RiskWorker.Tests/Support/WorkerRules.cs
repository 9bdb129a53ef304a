using RiskEngine.Rules;
using RiskWorker.Cli;

namespace RiskWorker.Tests.Support;

/// <summary>Compiles a rules folder as the worker does: with the worker's own words beside the engine's.</summary>
internal static class WorkerRules
{
    public static Task<CompiledRuleSet> LoadAsync(string rules) =>
        RuleSetLoader.LoadAsync(rules, wordAssemblies: [typeof(EngineServices).Assembly]);
}
