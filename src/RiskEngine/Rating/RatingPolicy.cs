namespace RiskEngine.Rating;

/// <summary>
/// The rating policy, the one place it is decided: per side the highest warning that fired, never below the register's
/// default (bad news cannot make a risk look better than knowing nothing); with no warning, the highest easing signal
/// (good news may bring it below the default); with neither, the default. A link that raises by steps adds them last.
/// </summary>
internal static class RatingPolicy
{
    public static RiskRating Rate(RiskContext context, IEnumerable<RatingSignal> signals)
    {
        var ordered = signals.OrderBy(s => s.Order).ThenBy(s => s.Rule, StringComparer.Ordinal).ToList();
        var (likelihood, likelihoodBy) = Side(ordered, RatingSide.Likelihood, context.DefaultLikelihood);
        var (impact, impactBy) = Side(ordered, RatingSide.Impact, context.DefaultImpact);
        var decisive = ordered.Where(s => s.Link?.By is not null
            ? (s.Sets == RatingSide.Likelihood ? likelihoodBy : impactBy) == s
            : s.Level == (s.Sets == RatingSide.Likelihood ? likelihood : impact)).ToList();
        return new RiskRating(context, likelihood, impact, ordered, decisive);
    }

    /// <summary>One side from the signals, and the raise by steps that decided it last, if any.</summary>
    internal static (int Level, RatingSignal? RaisedBy) Side(IReadOnlyList<RatingSignal> signals, RatingSide side, int fallback)
    {
        var mine = signals.Where(s => s.Sets == side).ToList();
        var raises = mine.Where(s => s.Link?.By is not null).ToList();
        var levels = mine.Except(raises).ToLookup(s => s.Eases, s => s.Level);
        var level = levels[false].Any() ? Math.Max(fallback, levels[false].Max())
            : levels[true].Any() ? levels[true].Max()
            : fallback;
        if (raises.Count == 0) return (level, null);
        var biggest = raises.MaxBy(s => s.Link!.By!.Value)!;
        return (RiskScale.Clamp(level + biggest.Link!.By!.Value), biggest);
    }
}
