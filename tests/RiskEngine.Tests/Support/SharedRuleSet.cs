using RiskEngine.Rules;

namespace RiskEngine.Tests.Support;

/// <summary>The repository's rule set, compiled once for the whole test run as in production.</summary>
internal static class SharedRuleSet
{
    private static readonly Lazy<CompiledRuleSet> Instance = new(() => RuleSetLoader.LoadAsync(RepoPaths.Rules).GetAwaiter().GetResult());

    public static CompiledRuleSet Value => Instance.Value;
}
