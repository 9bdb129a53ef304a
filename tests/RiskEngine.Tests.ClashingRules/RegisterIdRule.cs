using NRules.Fluent.Dsl;

namespace RiskEngine.Tests.ClashingRules;

/// <summary>Named with a register rule's id: loading must refuse it.</summary>
[Name("1.1-accreditation-on-track")]
public sealed class RegisterIdRule : Rule
{
    // A rule's explanation in each language the register offers; a language it lacks reads the first.
    private static readonly LocalizedText Text = LocalizedText.Of(("ky", "ky"), ("ru", "ru"), ("en", "en"));

    public override void Define()
    {
        RiskContext ctx = null!;

        When()
            .Match(() => ctx, c => c.Risk == "1.1");

        Then()
            .Yield(_ => new RatingSignal("1.1-accreditation-on-track", ctx, RatingSide.Likelihood, 5, Text));
    }
}
