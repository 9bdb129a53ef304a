using NRules.Fluent.Dsl;

namespace RiskEngine.Tests.ClashingRules;

/// <summary>Named with the id of a link's reason: loading must refuse it.</summary>
[Name("4.1.driven-by-2.1")]
public sealed class LinkIdRule : Rule
{
    // A rule's explanation in each language the register offers; a language it lacks reads the first.
    private static readonly LocalizedText Text = LocalizedText.Of(("ky", "ky"), ("ru", "ru"), ("en", "en"));

    public override void Define()
    {
        RiskContext ctx = null!;

        When()
            .Match(() => ctx, c => c.Risk == "1.1");

        Then()
            .Yield(_ => new RatingSignal("4.1.driven-by-2.1", ctx, RatingSide.Likelihood, 5, Text));
    }
}
