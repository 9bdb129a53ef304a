using System.Text.Json;
using RiskWorker.Export;
using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_AfterDemo_RatesAllElevenWithReasonsInTheLockedJsonShape()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        var demo = await WorkerProcess.RunAsync(temp.Path, "demo", "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);
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
        string[] riskKeys = ["code", "category", "title", "likelihood", "impact", "score", "level", "aboveAppetite", "movement", "stale", "worstScope", "owners", "reasons", "lastDecision"];
        Assert.All(risks, r => Assert.Equal(riskKeys, r.EnumerateObject().Select(p => p.Name)));
        // No review body has decided anything on the fresh demo: every lastDecision is there, and null.
        Assert.All(risks, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("lastDecision").ValueKind));
        Assert.All(risks, r => Assert.Equal(r.GetProperty("likelihood").GetInt32() * r.GetProperty("impact").GetInt32(), r.GetProperty("score").GetInt32()));
        Assert.All(risks, r => Assert.Contains(r.GetProperty("level").GetString(), new[] { "low", "medium", "high", "critical" }));
        // Every rating is explained; a side no rule raised says the register's default applies (<code>.default-<side>).
        Assert.All(risks, r => Assert.NotEqual(0, r.GetProperty("reasons").GetArrayLength()));
        var fired = risks.Where(r => r.GetProperty("reasons").EnumerateArray().Any(x => !IsDefault(x))).ToList();
        Assert.True(fired.Count >= 6, $"only {fired.Count} of 11 risks have rules that fired");
        string[] reasonKeys = ["rule", "indicator", "scope", "value", "target", "gap", "driver", "text"];
        var reasons = risks.SelectMany(r => r.GetProperty("reasons").EnumerateArray()).ToList();
        Assert.All(reasons, x => Assert.Equal(reasonKeys, x.EnumerateObject().Select(p => p.Name)));
        Assert.All(reasons.Where(IsDefault), x => Assert.Equal(JsonValueKind.Null, x.GetProperty("indicator").ValueKind));
        Assert.All(reasons.Where(IsDefault), x => Assert.Equal(JsonValueKind.Null, x.GetProperty("value").ValueKind)); // the rating is in the text
        // The demo shows a chain: a risk raised because its driver is rated so, and the text says why (illustrative).
        var driven = reasons.Where(x => x.GetProperty("driver").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(driven);
        Assert.All(driven, x => Assert.Equal($"{x.GetProperty("rule").GetString()![..3]}.driven-by-{x.GetProperty("driver").GetString()}", x.GetProperty("rule").GetString()));
        Assert.All(driven, x => Assert.Contains($"{x.GetProperty("driver").GetString()} ", x.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.All(reasons.Where(x => !x.GetProperty("rule").GetString()!.Contains(".driven-by-", StringComparison.Ordinal)),
            x => Assert.Equal(JsonValueKind.Null, x.GetProperty("driver").ValueKind));
    }

    [Fact]
    public async Task Evaluate_Json_RoundsValueTargetAndGapToFourDecimals()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await WorkerProcess.RunAsync(temp.Path, "demo", "--db", db, "--rules", RepoPaths.Rules);

        var run = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--as-of", "2026-11-23", "--json", "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotMatch(@"""(value|target|gap)"": -?\d+\.\d{5,}", run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var numbers = json.RootElement.GetProperty("risks").EnumerateArray()
            .SelectMany(r => r.GetProperty("reasons").EnumerateArray())
            .SelectMany(x => new[] { x.GetProperty("value"), x.GetProperty("target"), x.GetProperty("gap") })
            .Where(n => n.ValueKind == JsonValueKind.Number).Select(n => n.GetDouble()).ToList();
        Assert.Contains(numbers, n => n != Math.Round(n));
        Assert.All(numbers, n => Assert.Equal(Math.Round(n, 4), n));
    }

    [Theory]
    [InlineData("en", "not stated")]
    [InlineData("ru", "не указано")]
    [InlineData("ky", "көрсөтүлгөн эмес")]
    public async Task ExportAssessments_RiskWithoutOwnersInSource_ShowsNotStated(string language, string notStated)
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await WorkerProcess.RunAsync(temp.Path, "demo", "--db", db, "--rules", RepoPaths.Rules);
        var csv = temp.File("register.csv");

        var run = await WorkerProcess.RunAsync(temp.Path, "export", "assessments", "--format", "csv", "--as-of", "2026-11-23", "--lang", language, "--out", csv, "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var source = TableSource.Open(csv, ShippedRegister.Value.Words.For("en"));
        var table = new HeaderedTable(source, ExportLabels.Columns(ShippedRegister.Value.Words), csv);
        var rows = table.Rows().ToList();
        var byRisk = rows.GroupBy(r => table.Map!.Get(r, "risk").Text).ToDictionary(g => g.Key, g => g.Select(r => table.Map!.Get(r, "owners").Text).Distinct().Single());
        Assert.Equal(notStated, byRisk["6.1"]);
        Assert.Equal(notStated, byRisk["6.2"]);
        Assert.NotEqual(notStated, byRisk["1.1"]);
        Assert.False(string.IsNullOrWhiteSpace(byRisk["1.1"]));
    }

    private static bool IsDefault(JsonElement reason) =>
        reason.GetProperty("rule").GetString() is { } rule && (rule.EndsWith(".default-likelihood", StringComparison.Ordinal) || rule.EndsWith(".default-impact", StringComparison.Ordinal));

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
        // A reason from a link between risks leads with the risk that raised it, then the engine's text saying why that one is rated so.
        Assert.Matches(@"· \[1\.1\.driven-by-1\.2\] ↑ повышен из-за риска 1\.2 «[^»]+»: .*Почему 1\.2 оценён так: ", run.Out);
        // The institution-wide scope is named as the register names the institution, never by its stored code.
        Assert.Matches(@"(?m)^7\.2 .* ОшТУ +Нормативные", run.Out);
        Assert.DoesNotContain("university", run.Out, StringComparison.Ordinal);
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
