using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RiskWorker.Output;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

[Collection(CouncilPackCollection.Name)]
public sealed class CouncilPackTests(CouncilPackFixture pack)
{
    private static readonly string Banner = Labels.Illustrative("ky", ShippedRegister.Value);

    [Fact]
    public void ReportCouncil_AfterDemoEvaluateAndReview_WritesHtmlAndPdfNamingTheEvaluation()
    {
        // The Kyrgyz pack's summary is Kyrgyz too: the verb speaks the language it writes the pack in.
        Assert.Contains("ИЛЛЮСТРАЦИЯЛЫК", pack.Report.Out, StringComparison.Ordinal);
        Assert.Contains("акыркы кароо: 2025-12-01", pack.Report.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(pack.HtmlPath) && File.Exists(pack.PdfPath), pack.Report.ToString());
        Assert.Equal("ky", pack.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Html_Parsed_HasCoverElevenRiskPagesTwoHeatMapsMovementAndAppendix()
    {
        var d = pack.Document;
        Assert.Equal(["cover", "overview", "movement", .. CouncilPackFixture.RiskCodes.Select(c => "risk-" + c.Replace('.', '-')), "appendix"],
            d.QuerySelectorAll("body > section.page").Select(s => s.Id));
        Assert.Equal(11, d.QuerySelectorAll("section.risk-page").Length);

        var maps = d.QuerySelectorAll("#overview svg.heatmap");
        Assert.Equal(2, maps.Length);
        Assert.All(maps, m => Assert.Equal(25, m.QuerySelectorAll("rect").Length));
        Assert.All(maps, m => Assert.Equal(CouncilPackFixture.RiskCodes.Order(), m.QuerySelectorAll("tspan").Select(t => t.TextContent.TrimEnd('!')).Order()));

        Assert.Equal(11, d.QuerySelectorAll("#movement table.movement tbody tr").Length);
        Assert.Equal(5, d.QuerySelectorAll("#overview table.top-risks tbody tr").Length);
        Assert.NotEmpty(d.QuerySelectorAll("section.risk-page table.actions .overdue"));
        Assert.NotNull(d.QuerySelector("#appendix #stale"));
        Assert.NotNull(d.QuerySelector("#appendix table.quality"));
        Assert.Equal(10, d.QuerySelectorAll("#appendix table.generic-risks tbody tr").Length);
        Assert.Empty(d.QuerySelectorAll("link, img, script, iframe, object"));
        Assert.All(d.QuerySelectorAll("a"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        var targets = d.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Distinct().ToList();
        Assert.All(targets, id => Assert.NotNull(d.GetElementById(id)));
    }

    [Fact]
    public void Html_RiskPages_DefaultRatingListedAfterTheFiredRulesNeverAsOne()
    {
        var pages = pack.Document.QuerySelectorAll("section.risk-page");
        var withDefault = pages.Where(p => p.QuerySelector("ul.reasons li.default-rating") is not null).ToList();

        Assert.NotEmpty(withDefault);
        Assert.All(withDefault, page =>
        {
            var items = page.QuerySelectorAll("ul.reasons li").ToList();
            var firstDefault = items.FindIndex(li => li.ClassList.Contains("default-rating"));
            Assert.All(items.Skip(firstDefault), li => Assert.Contains("default-rating", li.ClassList));
            Assert.All(items.Where(li => li.ClassList.Contains("default-rating")), li => Assert.Contains(".default-", li.TextContent, StringComparison.Ordinal));
            var onlyDefaults = firstDefault == 0;
            var saysNoRuleFired = page.QuerySelectorAll("p.muted").Any(p => p.TextContent.Contains("эреже иштеген жок", StringComparison.Ordinal));
            Assert.Equal(onlyDefaults, saysNoRuleFired);
        });
    }

    [Fact]
    public void Html_IndicatorTargets_OfficeSetOnesStarredWithAFootnotePlanOnesNot()
    {
        using var catalogue = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Rules, "indicators.json")));
        var fromPlan = catalogue.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("sourceTarget").GetBoolean());
        var rows = pack.Document.QuerySelectorAll("section.risk-page table.indicators tbody tr")
            .Select(r => (Code: r.QuerySelector(".indicator-code")!.TextContent, Target: r.Children[3]))
            .Where(r => r.Target.TextContent != "—")
            .ToList();

        Assert.Contains(rows, r => fromPlan[r.Code]);
        Assert.Contains(rows, r => !fromPlan[r.Code]);
        Assert.All(rows, r => Assert.Equal(!fromPlan[r.Code], r.Target.QuerySelector(".office-target") is not null));
        Assert.All(pack.Document.QuerySelectorAll("section.risk-page").Where(p => p.QuerySelector(".office-target") is not null),
            page => Assert.StartsWith("* ", page.QuerySelector("p.office-target-note")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Html_RiskPage_ShowsRegisterRatingRulesIndicatorsFacultiesAndActions()
    {
        var page = pack.Document.GetElementById("risk-1-1")!;

        Assert.Matches(@"\d × \d = \d+", page.QuerySelector(".rating")!.TextContent);
        Assert.True(page.QuerySelectorAll(".register li").Length >= 5, "causes, impacts, actions and owners are listed");
        Assert.NotEmpty(page.QuerySelectorAll("ul.reasons li"));
        var indicators = page.QuerySelectorAll("table.indicators tbody tr");
        Assert.NotEmpty(indicators);
        Assert.All(indicators, row => Assert.Single(row.QuerySelectorAll(".rag")));
        Assert.Contains(page.QuerySelectorAll("table.indicators .rag"), r => r.ClassList.Contains("rag-off-track"));
        Assert.Contains(page.QuerySelectorAll("table.scopes tbody td:first-child"), td => td.TextContent.Contains(CouncilPackFixture.ScopeScript, StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("table.actions tbody tr"));
    }

    [Fact]
    public void Html_Movement_RiskMadeWorseSinceReviewIsUpWithTheRulesThatNowFire()
    {
        var row = pack.Document.QuerySelectorAll("#movement tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "1.1");

        Assert.NotNull(row.QuerySelector(".move-up"));
        Assert.Contains(row.QuerySelectorAll("ul.reasons li"), li => li.TextContent.Contains('+'));
        Assert.Equal(2, row.QuerySelectorAll(".level").Length);
    }

    [Theory]
    [InlineData("ky", "↑ 1.2 «{0}» тобокелдигинен улам көтөрүлдү: ", "1.2 эмне үчүн ушундай бааланган: ")]
    [InlineData("ru", "↑ повышен из-за риска 1.2 «{0}»: ", "Почему 1.2 оценён так: ")]
    [InlineData("en", "↑ raised by risk 1.2 “{0}”: ", "Why 1.2 is rated so: ")]
    public void Html_RiskPage_ReasonRaisedByALink_NamesTheDriverLinksToItsPageAndSaysWhy(string language, string raisedBy, string why)
    {
        var document = pack.Documents[language];
        var driverTitle = document.GetElementById("risk-1-2")!.QuerySelector(".risk-head h2")!.TextContent;

        var item = Assert.Single(document.GetElementById("risk-1-1")!.QuerySelectorAll("ul.reasons li"), li => li.QuerySelector(".driver") is not null);

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, raisedBy, driverTitle), item.QuerySelector(".driver[data-driver='1.2']")!.TextContent);
        Assert.Equal("#risk-1-2", item.QuerySelector(".driver a")!.GetAttribute("href"));
        Assert.Contains(why, item.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("[1.1.driven-by-1.2 · ", item.QuerySelector("small")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_PlantedScriptInScopeNameAndNote_IsEncodedAsText()
    {
        Assert.Empty(pack.Document.QuerySelectorAll("script"));
        Assert.StartsWith("default-src 'none';", pack.Document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", pack.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", pack.Html, StringComparison.Ordinal);
        Assert.Contains(CouncilPackFixture.ScopeScript, pack.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pack.Document.QuerySelectorAll("#appendix table.notes td"), td => td.TextContent == CouncilPackFixture.NoteScript);
    }

    [Fact]
    public void Html_IllustrativeData_BannerOnEverySectionAndKyrgyzWrittenAsLetters()
    {
        Assert.All(pack.Document.QuerySelectorAll("section.page"), s => Assert.Equal(Banner, s.FirstElementChild!.TextContent));
        Assert.Contains("Тобокелдиктерди", pack.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("&#x4[0-9A-F]{2};", pack.Html); // Cyrillic (U+04xx) as letters, not character references
    }

    [Fact]
    public void Pdf_Text_EveryRiskStartsItsOwnPageAndKyrgyzLettersSurvive()
    {
        var pageStarts = pack.PdfPages.Select(FirstLineAfterBanner).ToList();

        foreach (var code in CouncilPackFixture.RiskCodes)
        {
            Assert.Contains(pageStarts, line => Regex.IsMatch(line, "^" + Regex.Escape(code) + @"\s"));
        }

        var text = string.Concat(pack.PdfPages);
        Assert.All(new[] { "ң", "ө", "ү" }, letter => Assert.Contains(letter, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pdf_Fonts_AreEmbedded()
    {
        var fonts = await ExternalTool.RunAsync("pdffonts", pack.PdfPath);

        Assert.True(fonts.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2, fonts.Out + fonts.Error);
    }

    [Fact]
    public void Pdf_EveryPage_CarriesTheIllustrativeBanner()
    {
        Assert.True(pack.PdfPages.Count > 13, $"{pack.PdfPages.Count} pages");
        Assert.All(pack.PdfPages, page => Assert.Contains(Banner, Regex.Replace(page, @"\s+", " "), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task Screenshot_Html_KeptAsTestArtifact(string language)
    {
        var png = await File.ReadAllBytesAsync(pack.Printed[language].ScreenshotPath);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.True(png.Length > 50_000, $"{png.Length} bytes: is the page blank?");
    }

    private static string FirstLineAfterBanner(string page) =>
        page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && l != Banner) ?? "";
}
