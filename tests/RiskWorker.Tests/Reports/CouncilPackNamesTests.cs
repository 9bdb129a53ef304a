using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace RiskWorker.Tests.Reports;

/// <summary>The Council reads names in its language: indicator and scope codes appear in small print at most.</summary>
[Collection(CouncilPackCollection.Name)]
public sealed partial class CouncilPackNamesTests(CouncilPackFixture pack)
{
    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Html_StaleIndicators_NamedInThePackLanguageCodeOnlyInSmallPrint(string language)
    {
        var stale = pack.Documents[language].QuerySelectorAll("section.risk-page .rating .stale").ToList();

        Assert.NotEmpty(stale);
        Assert.All(stale, s => Assert.DoesNotMatch(IndicatorCode(), WithoutSmallPrint(s)));
        Assert.All(stale, s => Assert.NotEmpty(s.QuerySelectorAll("small.code-small")));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Html_Reasons_StartWithTheScopeNameNotItsCode(string language)
    {
        var reasons = pack.Documents[language].QuerySelectorAll("ul.reasons li").Select(WithoutSmallPrint).ToList();

        Assert.NotEmpty(reasons);
        Assert.DoesNotContain(reasons, r => LeadingScopeCode().IsMatch(r));
    }

    [Fact]
    public void Html_AboveAppetite_OwnMarkInHeatMapLegendAndAppetiteColumnArrowsOnlyForMovement()
    {
        var d = pack.Document;
        var above = d.QuerySelectorAll("section.risk-page").Where(p => p.QuerySelector(".rating .above") is not null).Select(p => p.QuerySelector(".risk-head .code")!.TextContent).ToHashSet();
        var now = d.QuerySelector("#overview svg.heatmap")!.QuerySelectorAll("tspan").ToList();
        var appetiteCells = d.QuerySelectorAll("#overview table.top-risks tbody td.num").ToList();
        var arrows = d.All.Where(e => e.ChildNodes.OfType<IText>().Any(t => t.Data.Contains('▲') || t.Data.Contains('▼'))).ToList();

        Assert.NotEmpty(above);
        Assert.All(now, t => Assert.Equal(above.Contains(t.TextContent.TrimEnd('!')), t.TextContent.EndsWith('!')));
        Assert.Contains("1.1!", d.QuerySelector("#overview .legend .above")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(appetiteCells, td => td.ClassList.Contains("above"));
        Assert.All(appetiteCells, td => Assert.Equal(td.ClassList.Contains("above"), td.TextContent.EndsWith('!')));
        Assert.NotEmpty(arrows);
        Assert.All(arrows, e => Assert.NotNull(e.Closest(".move")));
    }

    [Fact]
    public void Html_MovementRuleChangedInSeveralUnits_OneLineNamingTheOtherUnits()
    {
        var also = pack.Documents["en"].QuerySelectorAll("#movement small.also-in").Select(s => s.TextContent).ToList();

        Assert.Contains(" (also: " + CouncilPackFixture.ScopeScript + " Faculty)", also);
    }

    private static string WithoutSmallPrint(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var small in copy.QuerySelectorAll("small, b").ToList()) small.Remove();
        return copy.TextContent.Trim();
    }

    [GeneratedRegex("[A-Z][A-Z0-9]*_[A-Z0-9_]+")]
    private static partial Regex IndicatorCode();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]{1,}:")]
    private static partial Regex LeadingScopeCode();
}
