namespace RiskEngine.Rules;

/// <summary>
/// A rule's value must make sense beside its risk's default rating. A warning below the default would never count
/// (a warning never rates a side better than the default) yet would read as if it had; an easing rule at or above the
/// default would ease nothing.
/// </summary>
internal static class RuleAgainstDefault
{
    public static EngineMessage? Problem(Risk risk, RatingSide side, int value, bool eases)
    {
        var fallback = side == RatingSide.Likelihood ? risk.DefaultLikelihood : risk.DefaultImpact;
        var name = EngineMessage.Of(side == RatingSide.Likelihood ? "error.rules.side.likelihood" : "error.rules.side.impact");
        if (eases && value >= fallback)
            return EngineMessage.Of("error.rules.eases-nothing", ("side", name), ("value", value), ("default", fallback), ("risk", risk.Code));
        if (!eases && value < fallback)
            return EngineMessage.Of("error.rules.warning-below", ("side", name), ("value", value), ("default", fallback), ("risk", risk.Code));
        return null;
    }
}
