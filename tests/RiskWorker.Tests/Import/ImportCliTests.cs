using System.Text.Json;
using System.Text.Json.Nodes;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

/// <summary>The verbs as a person runs them: the real RiskWorker process, exit codes, stdout and stderr.</summary>
public sealed class ImportCliTests
{
    [Fact]
    public async Task ImportIndicators_BadFileAfterGoodOne_Exit2NamingLineAndDatabaseUnchanged()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        var db = h.Temp.File("cli.db");
        var good = Corpus.Csv(h.Temp.File("good.csv"), ["Показатель;Период;Значение", $"{p};2024;45,5", $"{p};2025;47%"], Corpus.Windows1251);
        var bad = Corpus.Csv(h.Temp.File("bad.csv"), ["Показатель;Период;Значение", $"{p};2026;48", $"{p};2027;много", $"{p};2028;49"], Corpus.Windows1251);

        var first = await Run(h, "import", "indicators", good, "--db", db);
        var before = await ImportHarness.DumpAsync(db);
        var second = await Run(h, "import", "indicators", bad, "--db", db);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Imported 2 rows: 1 indicators, 1 scopes, 2 periods; 2 new values, 0 replaced.", first.Out, StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("bad.csv refused (1 error); nothing was written.", second.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv: line 3, column 3 (value): 'много' is not a number", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, await ImportHarness.DumpAsync(db));
    }

    [Fact]
    public async Task ImportActions_OverdueAction_ShowsInEvaluateJsonReasonsUntilDone()
    {
        using var h = new ImportHarness();
        var db = h.Temp.File("cli.db");
        var (risk, rule) = OverdueRule();
        var owner = h.Register.FindRisk(risk)!.Owners.FirstOrDefault() ?? h.Register.Offices[0].Code;
        var overdue = Corpus.Csv(h.Temp.File("actions.csv"), ["risk;action;owner;due;status;done", $"{risk};Develop the plan (accreditation recommendation);{owner};01.09.2026;in progress;"]);
        var done = Corpus.Csv(h.Temp.File("actions-done.csv"), ["risk;action;owner;due;status;done", $"{risk};Develop the plan (accreditation recommendation);{owner};01.09.2026;done;2026-11-20"]);

        var imported = await Run(h, "import", "actions", overdue, "--as-of", "2026-11-23", "--db", db);
        var late = await Reasons(h, db, risk);
        await Run(h, "import", "actions", done, "--db", db);
        var after = await Reasons(h, db, risk);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("1 overdue as of 2026-11-23.", imported.Out, StringComparison.Ordinal);
        Assert.Contains(rule, late);
        Assert.DoesNotContain(rule, after);
    }

    [Fact]
    public async Task ExportAssessments_AfterScopesAndValues_WritesWorkbookAndSaysWhereRatingsCameFrom()
    {
        using var h = new ImportHarness();
        var db = h.Temp.File("cli.db");
        var scopes = Corpus.Csv(h.Temp.File("scopes.csv"), ["code;name;kind", "FIT;Faculty of IT;faculty"]);
        var values = Corpus.Csv(h.Temp.File("values.csv"), ["indicator;period;value;scope", $"{h.Percent.Code};2025;20;FIT"]);
        var xlsx = h.Temp.File("register.xlsx");

        Assert.Equal(0, (await Run(h, "scopes", "import", scopes, "--db", db)).ExitCode);
        Assert.Equal(0, (await Run(h, "import", "indicators", values, "--db", db)).ExitCode);
        var export = await Run(h, "export", "assessments", "--format", "xlsx", "--as-of", "2026-11-23", "--lang", "ru", "--out", xlsx, "--db", db);
        var bad = await Run(h, "export", "assessments", "--format", "pdf", "--out", xlsx, "--db", db);

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Contains("Записано рисков: 11", export.Out, StringComparison.Ordinal);
        Assert.Contains("по новой оценке", export.Out, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.NotEqual(0, bad.ExitCode);
    }

    [Fact]
    public async Task ImportActions_SeedSample_PastDueRecommendationsOverdueInEvaluateReasons()
    {
        using var h = new ImportHarness();
        var db = h.Temp.File("cli.db");
        var sample = Path.Combine(RepoPaths.Root, "samples", "actions-seed-002.csv");

        var imported = await Run(h, "import", "actions", sample, "--as-of", "2026-05-01", "--db", db);
        var inMay = await Reasons(h, db, "1.1", "2026-05-01");
        var financeInMay = await Reasons(h, db, "2.1", "2026-05-01");
        var november = new List<(string Risk, List<string> Reasons)>();
        foreach (var risk in new[] { "1.1", "2.1", "3.1" }) november.Add((risk, await Reasons(h, db, risk)));

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("Stored 5 actions (5 planned, 0 in progress, 0 done), replacing the 0 stored before; 1 overdue as of 2026-05-01.", imported.Out, StringComparison.Ordinal);
        Assert.Contains("1.1-overdue-actions", inMay); // "by 01.04.2026" (line 69) is past due on 1 May; "by 01.09.2026" is not yet
        Assert.DoesNotContain("2.1-overdue-actions", financeInMay);
        Assert.All(november, r => Assert.Contains($"{r.Risk}-overdue-actions", r.Reasons));
    }

    [Fact]
    public async Task ImportIndicators_ConfiguredScopeAndRefusedFileOrDryRun_DatabaseUnchangedUntilSuccess()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        var db = h.Temp.File("cli.db");
        var env = new Dictionary<string, string> { ["RISKWORKER_Scopes__0__Code"] = "FIT", ["RISKWORKER_Scopes__0__Name"] = "Faculty of IT" };
        var first = Corpus.Csv(h.Temp.File("first.csv"), ["indicator;period;value", $"{p};2024;40"]);
        var bad = Corpus.Csv(h.Temp.File("bad.csv"), ["indicator;period;value;scope", $"{p};2025;41;FIT", $"{p};2025;много;"]);
        var good = Corpus.Csv(h.Temp.File("good.csv"), ["indicator;period;value;scope", $"{p};2025;41;FIT"]);
        Assert.Equal(0, (await Run(h, "import", "indicators", first, "--db", db)).ExitCode);
        var before = await ImportHarness.DumpAsync(db);

        var refused = await RunWith(h, env, "import", "indicators", bad, "--db", db);
        var afterRefused = await ImportHarness.DumpAsync(db);
        var dry = await RunWith(h, env, "import", "indicators", good, "--dry-run", "--db", db);
        var afterDry = await ImportHarness.DumpAsync(db);
        var list = await RunWith(h, env, "scopes", "list", "--db", db);
        var afterList = await ImportHarness.DumpAsync(db);
        var imported = await RunWith(h, env, "import", "indicators", good, "--db", db);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("bad.csv: line 3, column 3 (value): 'много' is not a number", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, afterRefused);
        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Equal(before, afterDry);
        Assert.Contains("FIT", list.Out, StringComparison.Ordinal);
        Assert.Equal(before, afterList);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("Stored 1 scope from configuration.", imported.Out, StringComparison.Ordinal);
        Assert.Contains("FIT | Faculty of IT | faculty", await ImportHarness.DumpAsync(db), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportIndicators_MoreErrorsThanShown_ConsoleSaysHowAndErrorsFileHoldsAll()
    {
        using var h = new ImportHarness();
        var bad = Corpus.Csv(h.Temp.File("bad.csv"), Enumerable.Range(2000, 205).Select(y => $"{h.Percent.Code};{y};x").Prepend("indicator;period;value"));
        var list = h.Temp.File("errors.txt");

        var capped = await Run(h, "import", "indicators", bad, "--db", h.Temp.File("cli.db"));
        var written = await Run(h, "import", "indicators", bad, "--errors", list, "--db", h.Temp.File("cli.db"));

        Assert.Equal(2, capped.ExitCode);
        Assert.Equal(200, capped.Error.Split('\n').Count(l => l.Contains("is not a number", StringComparison.Ordinal)));
        Assert.Equal("The full list of 205 errors: run the same command with --errors FILE.", LastLine(capped.Error));
        Assert.Equal(2, written.ExitCode);
        Assert.Equal($"The full list of 205 errors is in {list}", LastLine(written.Error));
        var lines = await File.ReadAllLinesAsync(list);
        Assert.Equal(206, lines.Length);
        Assert.Equal("bad.csv: line 206, column 3 (value): 'x' is not a number", lines[^1]);
    }

    [Theory]
    [InlineData("actions", "risk;action;owner;due;status", "9.9;x;rectorate;2026-01-01;planned", "unknown risk '9.9'")]
    [InlineData("scopes", "code;name", "X Y;Spaces", "'X Y' is not a scope code")]
    public async Task Import_ActionsOrScopesRefusedWithErrorsOption_WritesTheList(string verb, string header, string row, string expected)
    {
        using var h = new ImportHarness();
        var bad = Corpus.Csv(h.Temp.File("bad.csv"), [header, row]);
        var list = h.Temp.File("errors.txt");
        string[] args = verb == "actions" ? ["import", "actions", bad] : ["scopes", "import", bad];

        var run = await Run(h, [.. args, "--errors", list, "--db", h.Temp.File("cli.db")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"The full list of 1 error is in {list}", LastLine(run.Error));
        Assert.Contains(expected, (await File.ReadAllLinesAsync(list))[1], StringComparison.Ordinal);
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1].TrimEnd('\r');

    private static Task<WorkerResult> Run(ImportHarness h, params string[] args) => RunWith(h, null, args);

    // In English unless the test names a language, as the tests read the verbs' English lines.
    private static Task<WorkerResult> RunWith(ImportHarness h, Dictionary<string, string>? env, params string[] args) =>
        WorkerProcess.RunAsync(h.Temp.Path, env, [.. args, .. args.Contains("--lang") ? Array.Empty<string>() : ["--lang", "en"], "--rules", RepoPaths.Rules]);

    private static async Task<List<string>> Reasons(ImportHarness h, string db, string risk, string asOf = "2026-11-23")
    {
        var run = await Run(h, "evaluate", "--as-of", asOf, "--json", "--lang", "en", "--db", db);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("risks").EnumerateArray().Single(r => r.GetProperty("code").GetString() == risk)
            .GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString()!).ToList();
    }

    /// <summary>The first rule in rules/rules that raises a risk on overdue actions, with its risk.</summary>
    private static (string Risk, string Rule) OverdueRule() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Rules, "rules"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .SelectMany(w => w["rules"]!.AsArray().Select(r => (Risk: (string)w["risk"]!, Rule: (string)r!["id"]!, Expression: (string)r["condition"]!)))
            .Where(r => r.Expression.Contains("OverdueActions", StringComparison.Ordinal))
            .Select(r => (r.Risk, r.Rule))
            .First();
}
