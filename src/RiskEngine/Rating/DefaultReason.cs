using System.Globalization;

namespace RiskEngine.Rating;

/// <summary>
/// The reason for a side no rule raised: the register's default rating applies. Without it a risk rated 4×4 from its
/// defaults would show no explanation at all. Its id is <c>&lt;risk&gt;.default-likelihood</c> or
/// <c>&lt;risk&gt;.default-impact</c>; it is marked <see cref="Reason.IsDefault"/> so lists of fired rules can skip it.
/// </summary>
internal static class DefaultReason
{
    public const string LikelihoodSuffix = ".default-likelihood";
    public const string ImpactSuffix = ".default-impact";

    public static string RuleId(string risk, RatingSide side) => risk + (side == RatingSide.Likelihood ? LikelihoodSuffix : ImpactSuffix);

    // text: the reason's words, the same in every scope (Text below), rendered once by the caller.
    public static Reason For(Risk risk, string scope, RatingSide side, int value, LocalizedText text) =>
        new(RuleId(risk.Code, side), null, scope, null, null, null, side, value, risk.Line, text) { IsDefault = true };

    public static LocalizedText Text(string risk, RatingSide side, int value, WordCatalog words)
    {
        var key = side == RatingSide.Likelihood ? "reason.default.likelihood" : "reason.default.impact";
        return words.Text(w => w.Format(key, ("value", value.ToString(CultureInfo.InvariantCulture)), ("file", $"rules/risks/{risk}.json")));
    }
}
