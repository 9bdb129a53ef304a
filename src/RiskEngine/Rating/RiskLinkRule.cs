using NRules.Fluent.Dsl;

namespace RiskEngine.Rating;

/// <summary>
/// Stage 3: a driver rated at the link's level or worse on the strength of a warning yields a signal on the risk it
/// drives, in the same scope. The signal is linked to this match: when the driver's rating falls, it is withdrawn.
/// </summary>
[Name("engine.risk-link")]
[Priority(EngineRulePriority.Links)]
internal sealed class RiskLinkRule : Rule
{
    public override void Define()
    {
        RiskLink link = null!;
        RiskRating driver = null!;
        RiskContext driven = null!;

        When()
            .Match(() => link)
            .Match(() => driver, d => d.Risk == link.Driver, d => d.Drives(link))
            .Match(() => driven, c => c.Risk == link.Driven, c => c.Scope == driver.Scope);

        Then()
            .Yield(_ => Signal(link, driver, driven));
    }

    private static RatingSignal Signal(RiskLink link, RiskRating driver, RiskContext driven) =>
        new(link.RuleId, driven, link.Raises, link.To ?? link.By!.Value, LinkReason.Placeholder(link))
        {
            Link = link,
            DriverRating = driver,
            SourceLine = link.CauseLine,
        };
}
