using System.Text.Json.Nodes;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class RegisterOwnershipCliTests
{
    [Fact]
    public async Task Evaluate_DatabaseOfAnotherRegister_ExitsOneWithOneLineNamingBoth()
    {
        using var temp = new TempDirectory();
        var (db, other) = await DemoAndAnotherRegisterAsync(temp);

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--lang", "en", "--db", db, "--rules", other);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'oshtu-risk-plan-2023-2028'", line, StringComparison.Ordinal);
        Assert.Contains("'kstu-risk-plan-2025-2030'", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Evaluate_DatabaseOfAnotherRegisterInRussian_SaysItInRussian()
    {
        using var temp = new TempDirectory();
        var (db, other) = await DemoAndAnotherRegisterAsync(temp);

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--lang", "ru", "--db", db, "--rules", other);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal($"База данных {db} принадлежит реестру «oshtu-risk-plan-2023-2028», а папка правил — реестр «kstu-risk-plan-2025-2030»: "
            + "используйте правила этого реестра или другую базу данных.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Evaluate_DatabaseOfAnotherRegisterInPseudoLanguage_HasNoFixedWordOutsideThePseudoLanguage()
    {
        using var temp = new TempDirectory();
        var (db, other) = await DemoAndAnotherRegisterAsync(temp);
        PseudoLanguage.AddTo(other, typeof(RiskWorker.Cli.EngineServices).Assembly);

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--lang", PseudoLanguage.Code, "--db", db, "--rules", other);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(PseudoLanguage.Of($"The database {db} belongs to register 'oshtu-risk-plan-2023-2028', but the rules directory is register "
            + "'kstu-risk-plan-2025-2030': use that register's rules or another database."), run.Error.TrimEnd());
    }

    [Fact]
    public async Task Run_DatabaseOfAnotherRegister_RefusesToStartNamingBoth()
    {
        using var temp = new TempDirectory();
        var (db, other) = await DemoAndAnotherRegisterAsync(temp);

        var run = await WorkerProcess.RunAsync(temp.Path, "run", "--lang", "en", "--db", db, "--rules", other);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("'kstu-risk-plan-2025-2030'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("r.quartz.db")), "the scheduler must not start on another register's database");
    }

    [Fact]
    public async Task Evaluate_SameRegisterWithAChangedRuleAndName_RatesAndSaysTheRegistersName()
    {
        using var temp = new TempDirectory();
        var db = await DemoAsync(temp);
        var changed = RulesCopy.WithBrokenRule(temp, "1.1.json", 0, "ind.HasValue && ind.OffTrack && ind.Value >= 0").Directory;
        EditRegister(changed, r => r["institution"]!["shortName"]!["en"] = "NewNameU");

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--lang", "en", "--db", db, "--rules", changed);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ILLUSTRATIVE DEMO DATA — not NewNameU's real figures.", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("OshTU", run.Out, StringComparison.Ordinal);
    }

    // A database filled by the demo with the shipped register, and a copy of that register under another id.
    private static async Task<(string Db, string OtherRules)> DemoAndAnotherRegisterAsync(TempDirectory temp)
    {
        var db = await DemoAsync(temp);
        var other = RulesCopy.Of(temp);
        EditRegister(other, r => r["id"] = "kstu-risk-plan-2025-2030");
        return (db, other);
    }

    private static async Task<string> DemoAsync(TempDirectory temp)
    {
        var db = temp.File("r.db");
        var demo = await WorkerProcess.RunAsync(temp.Path, "demo", "--db", db, "--rules", RepoPaths.Rules);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        return db;
    }

    private static void EditRegister(string rules, Action<JsonNode> change)
    {
        var path = Path.Combine(rules, "register.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }
}
