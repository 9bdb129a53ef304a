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
