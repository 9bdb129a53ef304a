namespace RiskEngine.Rules;

/// <summary>
/// A rule's value must make sense beside its risk's default rating. A warning below the default would never count
/// (a warning never rates a side better than the default) yet would read as if it had; an easing rule at or above the
/// default would ease nothing.
/// </summary>
internal static class RuleAgainstDefault
{
    public static string? Problem(Risk risk, RatingSide side, int value, bool eases)
    {
        var fallback = side == RatingSide.Likelihood ? risk.DefaultLikelihood : risk.DefaultImpact;
        var name = side == RatingSide.Likelihood ? "likelihood" : "impact";
        if (eases && value >= fallback)
            return $"Properties.eases: the rule sets {name} {value}, not below the risk's default {fallback} (rules/risks/{risk.Code}.json), so it eases nothing";
        if (!eases && value < fallback)
            return $"Properties.value {value} is below the risk's default {name} {fallback} (rules/risks/{risk.Code}.json): a warning never lowers a rating; set 'eases': true if the rule is good news";
        return null;
    }
}
