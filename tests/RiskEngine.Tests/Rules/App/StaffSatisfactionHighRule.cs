using NRules.Fluent.Dsl;

namespace RiskEngine.Tests.Rules.App;

/// <summary>An app's good news: staff satisfaction of 90 % or more eases the impact of 7.1 to 1, below its default of 3.</summary>
[Name(Id)]
public sealed class StaffSatisfactionHighRule : Rule
{
    // A rule's explanation in each language the register offers; a language it lacks reads the first.
    private static readonly LocalizedText Text = LocalizedText.Of(
        ("ky", "{scope}: {value}{unit}"),
        ("ru", "{scope}: {value}{unit}"),
        ("en", "{scope}: satisfaction {value}{unit}"));

    public const string Id = "app.test.satisfaction-high";

    public override void Define()
    {
        IndicatorFact ind = null!;
        RiskContext ctx = null!;

        When()
            .Match(() => ind, i => i.Code == "GOV_STAFF_SATISFACTION", i => i.HasValue && i.Value >= 90)
            .Match(() => ctx, c => c.Risk == "7.1", c => c.Scope == ind.Scope);

        Then()
            .Yield(_ => new RatingSignal(Id, ctx, RatingSide.Impact, 1, Text)
            {
                Indicator = ind,
                Eases = true,
            });
    }
}
