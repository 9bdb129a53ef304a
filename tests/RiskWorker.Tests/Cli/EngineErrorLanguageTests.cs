using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

/// <summary>
/// The engine's errors print in the verb's language: <c>--lang</c>, else the register's default (Kyrgyz for OshTU). A
/// refused register has no words of its own, so the words the engine and the worker ship serve, in the same language.
/// </summary>
public sealed class EngineErrorLanguageTests
{
    [Fact]
    public async Task RulesCheck_BrokenRuleInRussian_PrintsTheRussianLinesNamingFileRuleAndCondition()
    {
        using var temp = new TempDirectory();
        var (rules, rule) = RulesCopy.WithBrokenRule(temp, "6.2.json", 1, "ind.Value >> ");

        var run = await WorkerProcess.RunAsync(temp.Path, "rules", "check", "--lang", "ru", "--rules", rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = Lines(run.Error);
        Assert.Equal("Набор правил отклонён (1 ошибка):", lines[0]);
        Assert.StartsWith($"  rules/6.2.json: правило «{rule}»: не разбирается: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("    выражение: ind.Value >>", lines[2]);
        Assert.Equal(3, lines.Count);
    }

    [Theory]
    [InlineData]
    [InlineData("--lang", "de")]
    public async Task RulesCheck_BrokenRuleWithoutAShippedLanguage_PrintsTheRegistersDefaultKyrgyz(params string[] lang)
    {
        using var temp = new TempDirectory();
        var (rules, rule) = RulesCopy.WithBrokenRule(temp, "6.2.json", 1, "ind.Value >> ");

        var run = await WorkerProcess.RunAsync(temp.Path, ["rules", "check", .. lang, "--rules", rules]);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = Lines(run.Error);
        Assert.Equal("Эрежелер топтому четке кагылды (1 ката):", lines[0]);
        Assert.StartsWith($"  rules/6.2.json: эреже «{rule}»: талдоого болбойт: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("    туюнтма: ind.Value >>", lines[2]);
    }

    [Fact]
    public async Task Evaluate_RegisterJsonUnreadable_PrintsEnglish()
    {
        using var temp = new TempDirectory();
        var rules = RulesCopy.Of(temp);
        File.WriteAllText(Path.Combine(rules, "register.json"), "{ \"id\": ");

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--db", temp.File("r.db"), "--rules", rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = Lines(run.Error);
        Assert.Matches("^The rule set was refused \\([0-9]+ errors\\):$", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  register.json: invalid JSON at line 1: ", StringComparison.Ordinal));
    }

    private static List<string> Lines(string text) => text.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
}
