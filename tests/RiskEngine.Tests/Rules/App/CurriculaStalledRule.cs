using NRules.Fluent.Dsl;

namespace RiskEngine.Tests.Rules.App;

/// <summary>
/// An app's warning: curricula updated in under 30 % of programmes raise the impact of 1.1 to 5 (the register's rules
/// on this indicator set only the likelihood, so the raise is this rule's alone). Public and top-level, so that
/// <c>AddRules(typeof(CurriculaStalledRule).Assembly)</c> loads it; it is the only rule of that kind here with
/// <see cref="StaffSatisfactionHighRule"/>.
/// </summary>
[Name(Id)]
public sealed class CurriculaStalledRule : Rule
{
    // A rule's explanation in each language the register offers; a language it lacks reads the first.
    private static readonly LocalizedText Text = LocalizedText.Of(
        ("ky", "{scope}: окуу пландары {value}{unit} гана жаңыланган."),
        ("ru", "{scope}: учебные планы обновлены лишь у {value}{unit}."),
        ("en", "{scope}: curricula updated in only {value}{unit} of programmes."));

    public const string Id = "app.test.curricula-stalled";

    public override void Define()
    {
        IndicatorFact ind = null!;
        RiskContext ctx = null!;

        When()
            .Match(() => ind, i => i.Code == "EDU_CURRICULA_UPDATED", i => i.HasValue && i.Value < 30)
            .Match(() => ctx, c => c.Risk == "1.1", c => c.Scope == ind.Scope);

        Then()
            .Yield(_ => new RatingSignal(Id, ctx, RatingSide.Impact, 5, Text)
            {
                Indicator = ind,
                SourceLine = 2310,
            });
    }
}
