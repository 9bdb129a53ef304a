using NRules.Fluent.Dsl;

namespace RiskEngine.Tests.ClashingRules;

/// <summary>Named with a register rule's id: loading must refuse it.</summary>
[Name("1.1-accreditation-on-track")]
public sealed class RegisterIdRule : Rule
{
    public override void Define()
    {
        RiskContext ctx = null!;

        When()
            .Match(() => ctx, c => c.Risk == "1.1");

        Then()
            .Yield(_ => new RatingSignal("1.1-accreditation-on-track", ctx, RatingSide.Likelihood, 5, new LocalizedText("ky", "ru", "en")));
    }
}
