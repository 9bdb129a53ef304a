using System.Text.RegularExpressions;
using RiskWorker.Output;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>What a person would see on paper: words inside the margins, a compact page count, no stray language.</summary>
[Collection(CouncilPackCollection.Name)]
public sealed class CouncilPackLayoutTests(CouncilPackFixture pack)
{
    // The left and right page margins of CouncilStyles.PageRules (14 mm), in PDF points.
    private const double Margin = 14 / 25.4 * 72;

    // pdftotext measures a word by its glyph advances, which may pass a line that exactly fills the column by a
    // fraction of a point; a clipped word runs several points past.
    private const double Tolerance = 1.5;

    // Cover, heat maps and movement (up to two pages) in front; stale indicators, data quality and generic risks behind.
    private const int FrontAndAppendixPages = 8;

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Pdf_EveryWord_InsideTheLeftAndRightMargins(string language)
    {
        var words = pack.Printed[language].Words;

        var outside = words.Where(w => w.XMax > w.PageWidth - Margin + Tolerance || w.XMin < Margin - Tolerance).ToList();

        Assert.True(words.Count > 1000, $"{words.Count} words");
        Assert.True(outside.Count == 0, string.Join("; ", outside.Take(10).Select(w => $"p{w.Page} '{w.Text}' {w.XMin:0.#}–{w.XMax:0.#} of {w.PageWidth:0.#}")));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Pdf_Pages_AtMostTwoPerRiskWithinTheFrontAndAppendixBudget(string language)
    {
        var pages = pack.Printed[language].Pages;
        var banner = Labels.Illustrative(language, ShippedRegister.Value);
        var firstLines = pages.Select(page => page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && l != banner) ?? "").ToList();
        var starts = CouncilPackFixture.RiskCodes.Select(code => firstLines.FindIndex(l => l.StartsWith(code + " ", StringComparison.Ordinal))).ToList();
        var appendix = firstLines.FindIndex(l => l == ShippedRegister.Value.Words.For(language)["pack.appendix"]);

        var lengths = starts.Zip(starts.Skip(1).Append(appendix), (start, next) => next - start).ToList();

        Assert.DoesNotContain(-1, starts.Append(appendix));
        Assert.True(lengths.All(n => n is 1 or 2), "pages per risk: " + string.Join(", ", CouncilPackFixture.RiskCodes.Zip(lengths, (c, n) => $"{c}={n}")));
        Assert.True(pages.Count <= 2 * CouncilPackFixture.RiskCodes.Length + FrontAndAppendixPages, $"{pages.Count} pages");
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Pdf_MovementAndStaleIndicatorHeaders_OnTheirSectionsFirstPageEveryWordWhole(string language)
    {
        var printed = pack.Printed[language];
        var words = ShippedRegister.Value.Words.For(language);
        var firstLines = printed.Pages.Select(page => page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && l != Labels.Illustrative(language, ShippedRegister.Value)) ?? "").ToList();
        var movement = firstLines.IndexOf(words["pack.movement-title"]) + 1;
        var firstRisk = firstLines.FindIndex(l => l.StartsWith(CouncilPackFixture.RiskCodes[0] + " ", StringComparison.Ordinal)) + 1;
        var appendix = firstLines.IndexOf(words["pack.appendix"]) + 1;
        var onThosePages = printed.Words.Where(w => (w.Page >= movement && w.Page < firstRisk) || w.Page >= appendix).Select(w => w.Text).ToHashSet();
        var headerWords = pack.Documents[language].QuerySelectorAll("table.movement th, table.stale-indicators th")
            .SelectMany(th => th.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(word => word.Any(char.IsLetter)).Distinct().ToList();

        Assert.True(movement > 0 && firstRisk > movement && appendix > firstRisk, $"{movement} {firstRisk} {appendix}");
        Assert.Contains(words["pack.frequency"], headerWords);
        Assert.Contains(words["pack.why"], printed.Pages[movement - 1], StringComparison.Ordinal);
        var broken = headerWords.Where(word => !onThosePages.Contains(word)).ToList();
        Assert.True(broken.Count == 0, "split header words: " + string.Join(", ", broken));
    }

    [Fact]
    public void Html_EnglishPack_PeriodUnderReviewBesideThePlanAndOfficeTargetsByName()
    {
        var document = pack.Documents["en"];
        var cover = document.GetElementById("cover")!.TextContent;

        Assert.Contains("1 December 2025 → 23 November 2026", cover, StringComparison.Ordinal);
        Assert.Contains("2023–2028", cover, StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("#appendix .office-targets li"), li => Assert.Matches(@"^[A-Z][a-z]+[\s\S]*\s[A-Z0-9_]{4,}$", li.TextContent.Trim()));
        Assert.NotEmpty(document.QuerySelectorAll("#appendix .office-targets li"));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    public void Html_KyrgyzAndRussianPacks_NoEnglishDemoNamesOrNote(string language)
    {
        var text = pack.Documents[language].Body!.TextContent;

        Assert.DoesNotContain("(illustrative)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ILLUSTRATIVE demo value", text, StringComparison.Ordinal);
        Assert.Contains("(иллюстрациялык)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Amounts_NumberAndUnitJoinedByNoBreakSpace()
    {
        var cells = pack.Document.QuerySelectorAll("table.indicators td, table.scopes td").Select(td => td.TextContent).ToList();

        Assert.Contains(cells, c => c.Contains("\u00A0%", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => Regex.IsMatch(c, @"\d %"));
    }
}
