using NRules.Fluent.Dsl;

namespace RiskEngine.Rating;

/// <summary>Stage 2: the signals of a risk in a scope become its rating (<see cref="RatingPolicy"/>), updated whenever a signal arrives.</summary>
[Name("engine.rate-risk")]
[Priority(EngineRulePriority.Rating)]
internal sealed class RateRiskRule : Rule
{
    public override void Define()
    {
        RiskContext context = null!;
        IEnumerable<RatingSignal> signals = null!;

        When()
            .Match(() => context)
            .Query(() => signals, q => q
                .Match<RatingSignal>(s => s.Risk == context.Risk, s => s.Scope == context.Scope)
                .Collect());

        Then()
            .Yield(_ => RatingPolicy.Rate(context, signals));
    }
}
