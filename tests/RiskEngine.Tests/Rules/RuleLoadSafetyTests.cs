using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rules;

/// <summary>What loading refuses that would otherwise kill the process, pose as the engine, fire on every run or throw later.</summary>
public sealed class RuleLoadSafetyTests
{
    [Theory]
    [InlineData(2000, "characters long; at most 1000 are allowed")]
    [InlineData(20, "nests parentheses more than 16 deep")]
    public async Task LoadAsync_DeeplyNestedCondition_RefusesInsteadOfOverflowingTheStack(int depth, string reason)
    {
        var condition = new string('(', depth) + "ind.HasValue" + new string(')', depth);

        var error = await RefusedAsync("1.1.json", rule => rule["condition"] = condition);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_TwentyThousandTerms_RefusesInsteadOfOverflowingTheStack()
    {
        var condition = string.Join(" && ", Enumerable.Repeat("ind.HasValue", 20_000));

        var error = await RefusedAsync("1.1.json", rule => rule["condition"] = condition);

        Assert.Contains("at most 1000 are allowed", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.1.default-likelihood", "reserved for the register's default rating")]
    [InlineData("1.1.default-impact", "reserved for the register's default rating")]
    [InlineData("1.1.driven-by-2.1", "reserved for a link between risks")]
    public async Task LoadAsync_ReservedRuleId_Refuses(string id, string reason)
    {
        var error = await RefusedAsync("1.1.json", rule => rule["id"] = id);

        Assert.Equal(id, error.Rule);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RuleWithoutIndicatorReadsInd_Refuses()
    {
        var error = await RefusedAsync("1.1.json", rule =>
        {
            rule.AsObject().Remove("indicator");
            rule["condition"] = "ind.HasValue && ctx.OverdueActions > 0";
        }, warning: true);

        Assert.Contains("reads 'ind' but the rule names no indicator", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ind.HasValue && ind.Points / 0 > 1", "Attempted to divide by zero")]
    [InlineData("Math.Round(ind.Value, 99) > 1", "Rounding digits must be between 0 and 15")]
    public async Task LoadAsync_ConditionThrowsOnTrialFacts_RefusesNamingTheRule(string condition, string reason)
    {
        var error = await RefusedAsync("2.1.json", rule => rule["condition"] = condition);

        Assert.Equal("rules/2.1.json", error.File);
        Assert.Contains("throws on trial facts", error.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(condition, error.Expression);
    }

    [Fact]
    public async Task EvaluateAsync_ConditionThrowsOnRealData_StopsWithOneLineNamingTheRule()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        // Three points make the divisor zero: no trial fact has exactly three, real data does.
        var id = Mutate(rules, "2.1.json", rule => rule["condition"] = "ind.HasValue && 10 / (ind.Points - 3) > 100");
        using var provider = Provider(rules, temp.File("e.db"));
        var register = provider.GetRequiredService<IRiskRegister>();
        await provider.GetRequiredService<IObservationStore>().AddAsync(Observations.ForRisk(register, "2.1", good: true), replace: false);

        var ex = await Assert.ThrowsAsync<RuleExecutionException>(() => provider.GetRequiredService<IRiskEvaluator>().EvaluateAsync(new DateOnly(2026, 11, 23)));

        Assert.Equal(id, ex.Rule);
        Assert.Equal("rules/2.1.json", ex.File);
        Assert.True(!ex.Message.Contains('\n'), ex.Message);
        Assert.Contains("divide by zero", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(string rules, string db)
    {
        var services = new ServiceCollection();
        services.AddRiskEngine(o => (o.RulesDirectory, o.DatabasePath) = (rules, db));
        return services.BuildServiceProvider();
    }

    // warning: change the file's first warning rather than its first rule (often good news), e.g. to drop its indicator.
    private static async Task<RuleSetError> RefusedAsync(string file, Action<JsonNode> change, bool warning = false)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        Mutate(rules, file, change, warning ? FirstWarning(rules, file) : 0);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        return Assert.Single(ex.Errors);
    }

    private static int FirstWarning(string rules, string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(rules, "rules", file)))!["rules"]!.AsArray().ToList().FindIndex(r => r!["eases"] is null);

    private static string Mutate(string rules, string file, Action<JsonNode> change, int index = 0)
    {
        var path = Path.Combine(rules, "rules", file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = node["rules"]![index]!;
        change(rule);
        File.WriteAllText(path, node.ToJsonString());
        return rule["id"]!.GetValue<string>();
    }
}
