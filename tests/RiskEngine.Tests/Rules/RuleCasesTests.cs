using System.Text.Json;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rules;

/// <summary>Every rule of rules/ has a case that makes it fire and one that keeps it quiet (tests/RiskEngine.Tests/rule-cases.json).</summary>
public sealed class RuleCasesTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private static readonly Dictionary<string, RuleCase> Cases = JsonSerializer.Deserialize<Dictionary<string, RuleCase>>(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "RiskEngine.Tests", "rule-cases.json")), Json)!;

    public static TheoryData<string> RuleIds() => new(SharedRuleSet.Value.Rules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Fires_FiringCase_Fires(string ruleId)
    {
        var (rule, @case) = Find(ruleId);

        Assert.True(SharedRuleSet.Value.Fires(rule, @case.Fires.Ind ?? new(), @case.Fires.Ctx ?? new()), $"{ruleId} should fire: {rule.Condition}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Fires_QuietCase_StaysQuiet(string ruleId)
    {
        var (rule, @case) = Find(ruleId);

        Assert.False(SharedRuleSet.Value.Fires(rule, @case.Quiet.Ind ?? new(), @case.Quiet.Ctx ?? new()), $"{ruleId} should stay quiet: {rule.Condition}");
    }

    [Fact]
    public void Cases_EveryCase_NamesAnExistingRule()
    {
        var ids = SharedRuleSet.Value.Rules.Select(r => r.Id).ToHashSet();

        Assert.All(Cases.Keys, id => Assert.Contains(id, ids));
    }

    private static (RuleDefinition Rule, RuleCase Case) Find(string ruleId)
    {
        var rule = SharedRuleSet.Value.Rules.Single(r => r.Id == ruleId);
        Assert.True(Cases.TryGetValue(ruleId, out var @case), $"rule-cases.json has no case for {ruleId}");
        return (rule, @case!);
    }

    private sealed record RuleCase(FactPair Fires, FactPair Quiet);

    private sealed record FactPair(IndicatorFact? Ind, RiskContext? Ctx);
}
