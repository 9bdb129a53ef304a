using NRules.Fluent.Dsl;

namespace RiskEngine.Tests.ClashingRules;

/// <summary>Named with the id of the register default's reason: loading must refuse it.</summary>
[Name("1.1.default-likelihood")]
public sealed class DefaultIdRule : Rule
{
    // A rule's explanation in each language the register offers; a language it lacks reads the first.
    private static readonly LocalizedText Text = LocalizedText.Of(("ky", "ky"), ("ru", "ru"), ("en", "en"));

    public override void Define()
    {
        RiskContext ctx = null!;

        When()
            .Match(() => ctx, c => c.Risk == "1.1");

        Then()
            .Yield(_ => new RatingSignal("1.1.default-likelihood", ctx, RatingSide.Likelihood, 5, Text));
    }
}
