using AngleSharp.Html.Parser;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

public sealed class ReportCouncilCommandTests
{
    [Fact]
    public async Task ReportCouncil_FreshDemoNothingEvaluated_EvaluatesStoresAndWritesHtmlAndPdf()
    {
        using var temp = new TempDirectory();
        await Prepare(temp);

        var run = await Worker(temp, "report", "council", "--out", temp.File("out"));
        var again = await Worker(temp, "report", "council", "--no-pdf", "--out", temp.File("again"));

        Assert.True(run.ExitCode == 0, run.ToString());
        // The Council's pack is Kyrgyz (the register's default) and so is what the verb says about it.
        Assert.Contains("баалоо азыр аткарылып сакталды: ", run.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(temp.File("out"), "council-pack-*-ky.html"));
        Assert.Single(Directory.GetFiles(temp.File("out"), "council-pack-*-ky.pdf"));
        Assert.Contains("review mark --date", run.Out, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.DoesNotContain("баалоо азыр аткарылып", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportCouncil_PastDateWithAReviewMarkedLater_ComparesWithNoReview()
    {
        using var temp = new TempDirectory();
        await Prepare(temp, "2025-11-23", "2026-11-23");
        Assert.Equal(0, (await Worker(temp, "review", "mark", "--date", "2026-11-23")).ExitCode);

        var run = await Worker(temp, "report", "council", "--as-of", "2026-01-01", "--lang", "en", "--no-pdf", "--out", temp.File("out"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("last review none", run.Out, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(temp.File("out/council-pack-2025-11-23-en.html")));
        Assert.Equal(11, document.QuerySelectorAll("#movement tbody .move-new").Length);
        Assert.Contains("first review (up to 23 November 2025)", document.GetElementById("cover")!.TextContent, StringComparison.Ordinal);
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
        Assert.StartsWith("PDF түзүлгөн жок: Chromium ", run.Error, StringComparison.Ordinal);
        Assert.Contains("PDF катары басып чыгарыңыз", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportCouncil_EnglishNoPdfBeforeAnyReview_EveryRiskNewWithItsReasonsAndEveryTextInEnglish()
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
        Assert.All(document.QuerySelectorAll("#movement tbody tr td:last-child"), why => Assert.NotEmpty(why.TextContent.Trim()));
        Assert.True(document.QuerySelectorAll("#movement ul.reasons li").Length >= 10);
        Assert.DoesNotContain("--date", document.Body!.TextContent, StringComparison.Ordinal);
        var actions = document.QuerySelectorAll("table.actions tbody td:first-child").Select(td => td.TextContent).ToList();
        Assert.Equal(22, actions.Count);
        Assert.All(actions, text => Assert.DoesNotMatch("[\\u0400-\\u04FF]", text)); // the demo stores register actions in Kyrgyz
        Assert.Contains("Set up a working group to update curricula and programmes promptly", actions);
        Assert.Null(document.QuerySelector("#appendix table.notes"));
        Assert.DoesNotContain("ILLUSTRATIVE demo value", document.Body!.TextContent, StringComparison.Ordinal);
    }

    private static async Task Prepare(TempDirectory temp, params string[] evaluations)
    {
        Assert.Equal(0, (await Worker(temp, "demo")).ExitCode);
        foreach (var day in evaluations) Assert.Equal(0, (await Worker(temp, "evaluate", "--as-of", day)).ExitCode);
    }

    private static Task<WorkerResult> Worker(TempDirectory temp, params string[] args) =>
        WorkerProcess.RunAsync(temp.Path, [.. args, "--db", temp.File("r.db"), "--rules", RepoPaths.Rules]);
}
