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
        Assert.Contains("bad.csv refused (1 error(s)); nothing was written.", second.Error, StringComparison.Ordinal);
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

        var imported = await Run(h, "import", "actions", overdue, "--db", db);
        var late = await Reasons(h, db, risk);
        await Run(h, "import", "actions", done, "--db", db);
        var after = await Reasons(h, db, risk);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Contains("1 overdue as of", imported.Out, StringComparison.Ordinal);
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
        Assert.Contains("Wrote 11 risks", export.Out, StringComparison.Ordinal);
        Assert.Contains("from a new evaluation", export.Out, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
        Assert.NotEqual(0, bad.ExitCode);
    }

    private static Task<WorkerResult> Run(ImportHarness h, params string[] args) => WorkerProcess.RunAsync(h.Temp.Path, [.. args, "--rules", RepoPaths.Rules]);

    private static async Task<List<string>> Reasons(ImportHarness h, string db, string risk)
    {
        var run = await Run(h, "evaluate", "--as-of", "2026-11-23", "--json", "--lang", "en", "--db", db);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("risks").EnumerateArray().Single(r => r.GetProperty("code").GetString() == risk)
            .GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString()!).ToList();
    }

    /// <summary>The first rule in rules/workflows that raises a risk on overdue actions, with its risk.</summary>
    private static (string Risk, string Rule) OverdueRule() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Rules, "workflows"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .SelectMany(w => w["Rules"]!.AsArray().Select(r => (Risk: (string)w["WorkflowName"]!, Rule: (string)r!["RuleName"]!, Expression: (string)r["Expression"]!)))
            .Where(r => r.Expression.Contains("OverdueActions", StringComparison.Ordinal))
            .Select(r => (r.Risk, r.Rule))
            .First();
}
