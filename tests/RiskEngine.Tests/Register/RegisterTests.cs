using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

public sealed class RegisterTests
{
    private static readonly string[] Codes = ["1.1", "1.2", "2.1", "3.1", "3.2", "4.1", "5.1", "6.1", "6.2", "7.1", "7.2"];
    // Read on first use, so a clone without the source documents runs every test that does not need them.
    private static readonly Lazy<string[]> Source = new(() => SourceDocuments.PlanLines);

    private static string[] SourceLines => Source.Value;

    [Fact]
    public void Risks_Loaded_HoldTheElevenCodesWithKyrgyzTitles()
    {
        var risks = SharedRuleSet.Value.Risks;

        Assert.Equal(Codes, risks.Select(r => r.Code));
        Assert.All(risks, r => Assert.False(string.IsNullOrWhiteSpace(r.Title.Get("ky"))));
        Assert.All(risks, r => Assert.Matches("[а-яөүңА-ЯӨҮҢ]", r.Title.Get("ky")));
    }

    [Fact]
    public void Risks_Loaded_SpanTheSevenCategories()
    {
        var set = SharedRuleSet.Value;

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], set.Categories.Select(c => c.Code));
        Assert.Equal(7, set.Risks.Select(r => r.Category).Distinct().Count());
    }

    [SourceFact]
    public void Risks_EveryItem_StartsAtItsSourceLine()
    {
        foreach (var risk in SharedRuleSet.Value.Risks)
        {
            foreach (var item in risk.Causes.Concat(risk.Impacts).Concat(risk.Actions).Append(risk.Title))
            {
                Assert.NotNull(item.Line);
                var firstWord = item.Get("ky").Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].Trim('-', '«', '"', '(', ',');
                var window = string.Join(" ", SourceLines.Skip(item.Line!.Value - 2).Take(4));
                Assert.True(window.Contains(firstWord[..Math.Min(5, firstWord.Length)], StringComparison.Ordinal),
                    $"risk {risk.Code}: '{item.Get("ky")}' is not near line {item.Line}");
            }
        }
    }

    [Fact]
    public void Risks_Digital_KeepTheSourcesEmptyResponsibleCell()
    {
        var set = SharedRuleSet.Value;

        Assert.Empty(set.FindRisk("6.1")!.Owners);
        Assert.Empty(set.FindRisk("6.2")!.Owners);
        Assert.Null(set.FindRisk("3.2")!.Timeframe);
    }

    [Fact]
    public void GenericRisks_Loaded_AreTheTenOfSectionFiveLinkedToTheRegister()
    {
        var set = SharedRuleSet.Value;

        Assert.Equal(Enumerable.Range(1, 10), set.GenericRisks.Select(g => g.Number));
        Assert.All(set.GenericRisks, g => Assert.NotEmpty(g.RelatedRisks));
    }

    [SourceFact]
    public void Indicators_Catalogue_HasAtLeastTwelveSourceTargetsWithLines()
    {
        var withSource = SharedRuleSet.Value.Indicators.Where(i => i.SourceTarget).ToList();

        Assert.True(withSource.Count >= 12, $"only {withSource.Count} indicators carry a source target");
        Assert.All(withSource, i => Assert.InRange(i.Line ?? 0, 1, SourceLines.Length));
    }

    [Fact]
    public void Rules_EveryRisk_HasAtLeastTwoIndicatorRulesSettingBothSides()
    {
        var set = SharedRuleSet.Value;

        foreach (var risk in set.Risks)
        {
            var rules = set.RulesOf(risk.Code);
            Assert.True(rules.Count(r => r.Indicator is not null) >= 2, $"risk {risk.Code} has fewer than two indicator rules");
            Assert.Contains(rules, r => r.Sets == RatingSide.Likelihood);
            Assert.Contains(rules, r => r.Sets == RatingSide.Impact);
        }
    }

    [SourceFact]
    public void Rules_EveryRule_RestsOnALineOfTheSource()
    {
        Assert.All(SharedRuleSet.Value.Rules, r => Assert.InRange(r.SourceLine, 1, SourceLines.Length));
    }

    [SourceFact]
    public void Links_EveryLink_QuotesACauseThatIsInTheSourceNearItsLine()
    {
        foreach (var link in SharedRuleSet.Value.Risks.SelectMany(r => r.DrivenBy))
        {
            var cause = SharedRuleSet.Value.FindRisk(link.Driven)!.Causes.Single(c => c.Line == link.CauseLine);
            var window = string.Join(" ", SourceLines.Skip(link.CauseLine - 2).Take(6));
            Assert.Contains(cause.Get("ky").Split(' ')[0], window, StringComparison.Ordinal);
        }
    }
}
