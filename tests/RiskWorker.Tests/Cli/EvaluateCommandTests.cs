using System.Text.Json;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_AfterDemo_RatesAllElevenWithReasonsInTheLockedJsonShape()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        var demo = await WorkerProcess.RunAsync(temp.Path, "demo", "--db", db, "--rules", RepoPaths.Rules);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("ILLUSTRATIVE", demo.Out.ToUpperInvariant(), StringComparison.Ordinal);

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--json", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["asOf", "ruleSetVersion", "illustrative", "risks"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-11-23", root.GetProperty("asOf").GetString());
        Assert.True(root.GetProperty("illustrative").GetBoolean());
        var risks = root.GetProperty("risks").EnumerateArray().ToList();
        Assert.Equal(11, risks.Count);
        string[] riskKeys = ["code", "category", "title", "likelihood", "impact", "score", "level", "aboveAppetite", "movement", "stale", "worstScope", "owners", "reasons"];
        Assert.All(risks, r => Assert.Equal(riskKeys, r.EnumerateObject().Select(p => p.Name)));
        Assert.All(risks, r => Assert.Equal(r.GetProperty("likelihood").GetInt32() * r.GetProperty("impact").GetInt32(), r.GetProperty("score").GetInt32()));
        Assert.All(risks, r => Assert.Contains(r.GetProperty("level").GetString(), new[] { "low", "medium", "high", "critical" }));
        var withReasons = risks.Where(r => r.GetProperty("reasons").GetArrayLength() > 0).ToList();
        Assert.True(withReasons.Count >= 6, $"only {withReasons.Count} of 11 risks have reasons");
        string[] reasonKeys = ["rule", "indicator", "scope", "value", "target", "gap", "text"];
        Assert.All(withReasons.SelectMany(r => r.GetProperty("reasons").EnumerateArray()), x => Assert.Equal(reasonKeys, x.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Evaluate_LanguageRussian_PrintsRussianTitlesAndIllustrativeLabel()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await WorkerProcess.RunAsync(temp.Path, "demo", "--db", db, "--rules", RepoPaths.Rules);

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--lang", "ru", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ИЛЛЮСТРАТИВНЫЕ", run.Out, StringComparison.Ordinal);
        Assert.Matches("1\\.1 .*[а-я]", run.Out);
    }

    [Fact]
    public async Task Evaluate_BadDate_FailsWithMessage()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "23.11.2026", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error + run.Out, StringComparison.Ordinal);
    }
}
