using AngleSharp.Html.Parser;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

public sealed class ReportCouncilCommandTests
{
    [Fact]
    public async Task ReportCouncil_NoEvaluationOnOrBeforeDate_ExitsTwoAndWritesNothing()
    {
        using var temp = new TempDirectory();
        await Prepare(temp, "2026-11-23");

        var run = await Worker(temp, "report", "council", "--as-of", "2025-01-01", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("evaluate", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task ReportCouncil_AsOfBetweenEvaluations_PresentsTheEarlierOne()
    {
        using var temp = new TempDirectory();
        await Prepare(temp, "2025-11-23", "2026-11-23");

        var run = await Worker(temp, "report", "council", "--as-of", "2026-01-01", "--no-pdf", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(temp.File("out/council-pack-2025-11-23-ky.html")), run.ToString());
    }

    [Fact]
    public async Task ReportCouncil_ChromiumMissing_WritesHtmlSkipsPdfAndExitsOne()
    {
        using var temp = new TempDirectory();
        await Prepare(temp, "2026-11-23");

        var run = await Worker(temp, "report", "council", "--as-of", "2026-11-23", "--out", temp.File("out"), "--chromium", temp.File("no-such-chromium"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.True(File.Exists(temp.File("out/council-pack-2026-11-23-ky.html")), run.ToString());
        Assert.Empty(Directory.GetFiles(temp.File("out"), "*.pdf*"));
        Assert.Contains("PDF skipped", run.Error, StringComparison.Ordinal);
        Assert.Contains("print it to PDF", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportCouncil_EnglishNoPdfBeforeAnyReview_ShowsNoReviewYetAndEveryRiskNew()
    {
        using var temp = new TempDirectory();
        await Prepare(temp, "2026-11-23");

        var run = await Worker(temp, "report", "council", "--as-of", "2026-11-23", "--lang", "en", "--no-pdf", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(Directory.GetFiles(temp.File("out"), "*.pdf"));
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(temp.File("out/council-pack-2026-11-23-en.html")));
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("svg.heatmap"));
        Assert.Equal("no review yet", document.QuerySelector(".no-review")!.TextContent);
        Assert.Equal(11, document.QuerySelectorAll("#movement tbody .move-new").Length);
        Assert.Contains("Annual risk review", document.Title, StringComparison.Ordinal);
        Assert.Contains("Responsible", document.GetElementById("risk-1-1")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task Prepare(TempDirectory temp, params string[] evaluations)
    {
        Assert.Equal(0, (await Worker(temp, "demo")).ExitCode);
        foreach (var day in evaluations) Assert.Equal(0, (await Worker(temp, "evaluate", "--as-of", day)).ExitCode);
    }

    private static Task<WorkerResult> Worker(TempDirectory temp, params string[] args) =>
        WorkerProcess.RunAsync(temp.Path, [.. args, "--db", temp.File("r.db"), "--rules", RepoPaths.Rules]);
}
