using RiskEngine.Rules;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify.Support;

/// <summary>The repository's rule set, compiled once for the test run as in production.</summary>
internal static class SharedRules
{
    private static readonly Lazy<CompiledRuleSet> Instance = new(() => WorkerRules.LoadAsync(RepoPaths.Rules).GetAwaiter().GetResult());

    public static CompiledRuleSet Value => Instance.Value;
}
