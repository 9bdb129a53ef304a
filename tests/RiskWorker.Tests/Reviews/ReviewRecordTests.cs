using System.Text.Json;
using System.Text.RegularExpressions;
using RiskWorker.Tests.Import;
using RiskWorker.Tests.Reviews.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reviews;

/// <summary><c>review record</c>, <c>review list</c> and <c>lastDecision</c> as a secretary would use them, on the demo data, with real processes, on each store.</summary>
public sealed class ReviewRecordTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Dictionary<string, string> _env = SdcBody.Environment("2026-12-17");
    private TestDatabase? _database;

    private string[] Common => ["--lang", "en", "--db", _database?.Setting ?? _temp.File("r.db"), "--rules", RepoPaths.Rules];

    public void Dispose()
    {
        _database?.Dispose();
        _temp.Dispose();
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewRecord_SampleDecisions_ShownInEvaluateJsonAndListAndTreatBecomesAnActionTheImportKeeps(TestStore store)
    {
        await SeedAsync(store);
        var storedBefore = await StoredActionsAsync();
        var minutes = _temp.File("minutes.txt");
        await File.WriteAllTextAsync(minutes, "Протокол №1 (ILLUSTRATIVE)");

        var record = await RunAsync("review", "record", "--body", "sdc", "--date", "2026-11-21", "--decisions", RepoPaths.Sample("decisions-sample.csv"), "--minutes", minutes);
        var list = await RunAsync("review", "list", "--json");
        var risks = await LastDecisionsAsync("2026-11-22");
        var storedAfter = await StoredActionsAsync();
        var export = await RunAsync("export", "assessments", "--as-of", "2026-11-22", "--out", _temp.File("register.csv"));
        var preview = await RunAsync("digest", "--preview", _temp.File("digests"));
        await File.WriteAllTextAsync(_temp.File("actions.csv"), "risk;action;owner;due;status;done\n"
            + "7.2;Обновить реестр внутренних положений после изменений законодательства (иллюстрация);legal-office;30.06.2027;done;01.12.2026\n"
            + "1.1;Illustrative imported action;deans;01.01.2027;planned;\n");
        var import = await RunAsync("import", "actions", _temp.File("actions.csv"), "--as-of", "2026-12-02");
        var afterImport = await LastDecisionsAsync("2026-12-02");

        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Contains("Review of sdc on 2026-11-21 recorded (#1): evaluation #1 (data as of 2026-11-20), 3 decisions (1 accept, 1 treat, 1 escalate); 1 new dated action, reminded", record.Out, StringComparison.Ordinal);
        Assert.Contains("minutes kept: minutes.txt (", record.Out, StringComparison.Ordinal);
        var held = Assert.Single(JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
        Assert.Equal(("sdc", "2026-11-21", 1, 3, "minutes.txt"), (held.GetProperty("body").GetString(), held.GetProperty("date").GetString(), held.GetProperty("evaluation").GetInt32(), held.GetProperty("decisions").GetInt32(), held.GetProperty("minutes").GetString()));
        Assert.Equal(("treat", "2026-11-21", "sdc"), (risks["7.2"]!.Value.GetProperty("decision").GetString(), risks["7.2"]!.Value.GetProperty("date").GetString(), risks["7.2"]!.Value.GetProperty("body").GetString()));
        Assert.Equal("accept", risks["4.1"]!.Value.GetProperty("decision").GetString());
        Assert.Equal("ИЛЛЮСТРАЦИЯ: вынести на Учёный совет", risks["2.1"]!.Value.GetProperty("note").GetString());
        Assert.Null(risks["1.1"]);
        Assert.Equal(8, risks.Values.Count(v => v is null));
        // The office's list replaces its own rows and reports the decision's action done instead of adding a copy.
        Assert.Equal(storedBefore + 1, storedAfter);
        Assert.True(export.ExitCode == 0, export.ToString());
        var rows = await File.ReadAllLinesAsync(_temp.File("register.csv"));
        Assert.EndsWith("Decided by,Decision date,Latest decision,Decision note", rows.Single(r => r.StartsWith("Risk,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.All(rows.Where(r => r.StartsWith("7.2,", StringComparison.Ordinal)), r => Assert.EndsWith("Sustainable development commission,2026-11-21,treat,ИЛЛЮСТРАЦИЯ: нормативная база отстаёт", r, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.StartsWith("1.1,", StringComparison.Ordinal)), r => Assert.EndsWith(",,,", r, StringComparison.Ordinal));
        Assert.True(preview.ExitCode == 0, preview.ToString());
        var digests = Directory.GetFiles(_temp.File("digests"), "*.html").Select(File.ReadAllText).ToList();
        Assert.Contains(digests, d => d.Contains("data-role=\"last-decision\"", StringComparison.Ordinal) && d.Contains("ИЛЛЮСТРАЦИЯ: нормативная база отстаёт", StringComparison.Ordinal));
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(2, await StoredActionsAsync());
        Assert.NotNull(afterImport["7.2"]);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewRecord_BadFile_ExitsTwoNamingEveryLineAndColumnAndChangesNothing(TestStore store)
    {
        await SeedAsync(store);
        await File.WriteAllTextAsync(_temp.File("bad.csv"), "risk,decision,note,action,owner,due\n9.9,maybe,,,,\n7.2,treat,,,nobody,31.02.2027\n4.1,accept,,an action,,\n1.1,close,,,,\n2.1,close,,,,\n2.1,accept,,,,\n");
        var before = await StoredActionsAsync();

        var result = await RunAsync("review", "record", "--body", "sdc", "--date", "2026-11-21", "--decisions", _temp.File("bad.csv"));
        var list = await RunAsync("review", "list");
        var risks = await LastDecisionsAsync("2026-11-22");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.csv refused (8 errors); nothing was written.", result.Error, StringComparison.Ordinal);
        foreach (var expected in new[]
                 {
                     "line 2, column 1 (risk): unknown risk '9.9'", "line 2, column 2 (decision): 'maybe' is not a decision",
                     "line 3, column 4 (action): a treat decision needs the action to take", "line 3, column 5 (owner): unknown office 'nobody'",
                     "line 3, column 6 (due): '31.02.2027' is not a date", "line 4, column 4 (action): only a treat decision takes an action",
                     "line 5, column 1 (risk): risk 1.1 is not among the risks sdc reviews", "line 7, column 1 (risk): a second decision on risk 2.1",
                 })
        {
            Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("No reviews recorded yet", list.Out, StringComparison.Ordinal);
        Assert.All(risks.Values, v => Assert.Null(v));
        Assert.Equal(before, await StoredActionsAsync());
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ReviewRecord_KyrgyzWorkbookForTheCouncil_IsTheCouncilsReferenceForMovement(TestStore store)
    {
        await SeedAsync(store);
        var book = Corpus.Xlsx(_temp.File("чечимдер.xlsx"), "Чечимдер",
            ["тобокелдик", "чечим", "эскертүү", "иш-чара", "жооптуу", "мөөнөт"],
            ["1.1", "азайтуу", "ИЛЛЮСТРАЦИЯ", "Иллюстрациялык чара", "deans", new DateTime(2027, 3, 1)],
            ["6.2", "жабуу", null, null, null, null]);

        var record = await RunAsync("review", "record", "--date", "2026-11-21", "--decisions", book);
        var list = await RunAsync("review", "list", "--body", "council");
        Assert.Equal(0, (await RunAsync("evaluate", "--as-of", "2026-11-22")).ExitCode);
        var report = await RunAsync("report", "council", "--as-of", "2026-11-22", "--out", _temp.File("pack"), "--no-pdf");

        Assert.True(record.ExitCode == 0, record.ToString());
        Assert.Contains("It is also the Council's reference for movement since the last review.", record.Out, StringComparison.Ordinal);
        Assert.Matches(@"2026-11-21  council +#1 +2", list.Out);
        Assert.Contains("last review 2026-11-21", report.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reviews__Bodies__sdc__Risks__1", "9.9", "Configuration error: Reviews:Bodies:sdc:Risks: no risk '9.9' in the register.")]
    [InlineData("Reviews__Bodies__sdc__RequestDays", "120", "Configuration error: Reviews:Bodies:sdc:RequestDays (120) must be under the 89 days between two quarterly meetings")]
    [InlineData("Reviews__Bodies__sdc__Cadance", "monthly", "properties were not found on the instance of RiskWorker.Reviews.ReviewBodyOptions: 'Cadance'")]
    public async Task Run_BadReviewBody_RefusesToStartNamingTheSetting(string key, string value, string expected)
    {
        _env[key] = value;

        var run = await RunAsync("run");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private async Task SeedAsync(TestStore store)
    {
        _database = new TestDatabase(store, _temp.Path);
        Assert.Equal(0, (await RunAsync("demo")).ExitCode);
        Assert.Equal(0, (await RunAsync("evaluate", "--as-of", "2026-11-20")).ExitCode);
    }

    // How many actions are stored, imported or opened by a decision: what a dry run of `import actions` says it would replace.
    private async Task<int> StoredActionsAsync()
    {
        await File.WriteAllTextAsync(_temp.File("probe.csv"), "risk;action;owner;due;status\n1.1;probe;deans;01.01.2027;planned\n");
        var result = await RunAsync("import", "actions", _temp.File("probe.csv"), "--dry-run");
        return int.Parse(Regex.Match(result.Out, @"replacing the (\d+) stored before").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Dictionary<string, JsonElement?>> LastDecisionsAsync(string asOf)
    {
        var result = await RunAsync("evaluate", "--as-of", asOf, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.GetProperty("risks").EnumerateArray().ToDictionary(
            r => r.GetProperty("code").GetString()!,
            r => r.GetProperty("lastDecision") is { ValueKind: JsonValueKind.Object } d ? d : (JsonElement?)null);
    }

    private Task<WorkerResult> RunAsync(params string[] args) => WorkerProcess.RunAsync(_temp.Path, _env, [.. args, .. Common]);
}
