using RiskEngine.Rating;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rating;

/// <summary>A rule's explanation filled in one pass: every blank the template names, in each language's number format, and nothing else touched.</summary>
public sealed class ReasonTextTests
{
    private static readonly IndicatorFact Fact = IndicatorFact.None("X", "fac") with
    {
        Value = 12.345, Target = 40, FinalTarget = 55.5, Gap = -27.655, Projected = 3.1, TargetYear = 2027, Period = "2026",
    };

    private static readonly RiskContext Context = new() { Risk = "R01", Scope = "fac", OverdueActions = 3 };

    [Fact]
    public void Render_EveryBlank_FilledInEachLanguagesNumberFormat()
    {
        var text = Render("{value}{unit} / {target} / {finalTarget} / {gap} / {projected} / {targetYear} / {period} / {scope} / {overdue}");

        Assert.Equal("12.35% / 40 / 55.5 / -27.66 / 3.1 / 2027 / 2026 / Faculty / 3", text.Get("en"));
        Assert.Equal("12,35% / 40 / 55,5 / -27,66 / 3,1 / 2027 / 2026 / Факультет / 3", text.Get("ru"));
    }

    [Theory]
    [InlineData("no blanks at all", "no blanks at all")]
    [InlineData("{unknown} stays, {value} does not", "{unknown} stays, 12.35 does not")]
    [InlineData("{{value}}", "{12.35}")]
    [InlineData("{}", "{}")]
    [InlineData("open {value", "open {value")]
    [InlineData("{value}{value}", "12.3512.35")]
    public void Render_TemplateAroundBlanks_KeptAsWritten(string template, string expected) =>
        Assert.Equal(expected, Render(template, unit: null).Get("en"));

    [Fact]
    public void Render_TemplateLine_Kept() =>
        Assert.Equal(17, ReasonText.Render(new LocalizedText([KeyValuePair.Create("en", "{value}")], 17), Fact, Context, LocalizedText.Same("F"), null, SharedRuleSet.Value.Words).Line);

    private static LocalizedText Render(string template, string? unit = "%")
    {
        var rules = SharedRuleSet.Value;
        var scope = LocalizedText.Of(("ky", "Факультет"), ("ru", "Факультет"), ("en", "Faculty"));
        return ReasonText.Render(LocalizedText.Same(template), Fact, Context, scope, unit is null ? null : rules.FindUnit(unit), rules.Words);
    }
}
