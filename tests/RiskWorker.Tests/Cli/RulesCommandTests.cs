using System.Text.Json.Nodes;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task RulesCheck_RepositoryRules_PrintsOneLineSummary()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "rules", "check", "--lang", "en", "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches("^rules OK: 11 risks, 7 categories, [0-9]+ indicators, [0-9]+ rules", run.Out);
        Assert.Single(run.Out.Trim().Split('\n'));
    }

    [Fact]
    public async Task RulesCheck_BrokenExpression_FailsNamingFileRuleAndExpression()
    {
        using var temp = new TempDirectory();
        var (rules, ruleName) = RulesCopy.WithBrokenRule(temp, "6.2.json", 1, "ind.Value >> ");

        var run = await WorkerProcess.RunAsync(temp.Path, "rules", "check", "--lang", "en", "--rules", rules);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rules/6.2.json", run.Error, StringComparison.Ordinal);
        Assert.Contains($"rule '{ruleName}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("ind.Value >> ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndicatorsList_Json_ListsCatalogueWithPercentUnit()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "indicators", "list", "--json", "--rules", RepoPaths.Rules, "--db", temp.File("r.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var list = JsonNode.Parse(run.Out)!.AsArray();
        Assert.True(list.Count >= 12);
        Assert.All(list, i => Assert.Equal(["code", "name", "unit", "direction", "targets", "frequency", "owner"], i!.AsObject().Select(p => p.Key)));
        Assert.Contains(list, i => (string?)i!["unit"] == "%");
        Assert.DoesNotContain(list, i => (string?)i!["unit"] == "percent");
    }
}
