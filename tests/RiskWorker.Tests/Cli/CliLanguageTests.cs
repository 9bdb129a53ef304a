using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

/// <summary>The words the verbs print themselves (headers, levels, footnotes) follow <c>--lang</c>, not only the register's texts.</summary>
public sealed class CliLanguageTests
{
    private static readonly string[] English = ["code", "score", "level", "appetite", "stale", "worst scope", "title", "ABOVE", " ok ", " high ", " same ", " yes ", "· rules"];

    [Fact]
    public async Task Evaluate_RussianTable_HasNoEnglishHeadersOrValues()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        Assert.Equal(0, (await Run(temp, "demo", "--db", db)).ExitCode);

        var run = await Run(temp, "evaluate", "--as-of", "2026-11-23", "--lang", "ru", "--db", db);

        Assert.True(run.ExitCode == 0, run.ToString());
        var table = string.Join("\n", run.Out.Split('\n').Where(l => !l.StartsWith("      · [", StringComparison.Ordinal)));
        Assert.Contains("По состоянию на 2026-11-23 · правила ", table, StringComparison.Ordinal);
        Assert.Contains("код вер. влиян. балл уровень", table, StringComparison.Ordinal);
        Assert.Contains(" ВЫШЕ ", table, StringComparison.Ordinal);
        Assert.All(English, word => Assert.DoesNotContain(word, table, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IndicatorsAndScopesList_Russian_FootnoteAndUniversityInRussian()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");

        var indicators = await Run(temp, "indicators", "list", "--lang", "ru", "--db", db);
        var scopes = await Run(temp, "scopes", "list", "--lang", "ru", "--db", db);

        Assert.True(indicators.ExitCode == 0, indicators.ToString());
        Assert.Contains("* цель задаёт Отдел стратегического планирования (в источнике она не задана числом)", indicators.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("target set by", indicators.Out, StringComparison.Ordinal);
        Assert.True(scopes.ExitCode == 0, scopes.ToString());
        Assert.Contains("(ОшТУ в целом)", scopes.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_GivenBeforeTheVerb_AppliesToTheVerb()
    {
        using var temp = new TempDirectory();

        var run = await Run(temp, "--lang", "ru", "indicators", "list", "--db", temp.File("r.db"));
        var unknown = await Run(temp, "--lang", "de", "indicators", "list", "--db", temp.File("r.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("* цель задаёт Отдел стратегического планирования", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("«de» эмес", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAssessments_Russian_TitleRowSaysПравила()
    {
        using var temp = new TempDirectory();
        var csv = temp.File("r.csv");

        var run = await Run(temp, "export", "assessments", "--as-of", "2026-11-23", "--lang", "ru", "--out", csv, "--db", temp.File("r.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("По состоянию на 2026-11-23 · правила ", (await File.ReadAllTextAsync(csv)).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NoData_NamesEachStaleOrMissingIndicatorUnderItsRisk()
    {
        using var temp = new TempDirectory();

        var run = await Run(temp, "evaluate", "--as-of", "2026-11-23", "--lang", "en", "--db", temp.File("empty.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var risk = lines.FindIndex(l => l.StartsWith("1.1 ", StringComparison.Ordinal));
        var next = lines.FindIndex(risk + 1, l => l.StartsWith("1.2 ", StringComparison.Ordinal));
        var stale = Assert.Single(lines[risk..next], l => l.StartsWith("      · stale or missing: ", StringComparison.Ordinal));
        Assert.Contains("Bachelor and master programmes with international accreditation (EDU_INTL_ACCREDITED)", stale, StringComparison.Ordinal);
    }

    private static Task<WorkerResult> Run(TempDirectory temp, params string[] args) =>
        WorkerProcess.RunAsync(temp.Path, [.. args, "--rules", RepoPaths.Rules]);
}
