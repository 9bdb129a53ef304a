using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Movement since the last review, computed when the pack is made rather than read from the stored evaluation: the
/// review may have been marked after that evaluation ran. The reason for a change is the difference in the rules that
/// fired, matched by rule and scope; for a risk new since the review (or with no review yet), the rules that fire now.
/// </summary>
internal static class ReviewMovement
{
    public static MovementLine Of(RiskAssessment now, RiskAssessment? atReview)
    {
        // A new risk's reason is every rule that fires now: the Council sees why it is rated as it is.
        if (atReview is null) return new MovementLine(now, null, Movement.New, now.Reasons.DistinctBy(Key).ToList(), []);
        var before = atReview.Reasons.Select(Key).ToHashSet();
        var after = now.Reasons.Select(Key).ToHashSet();
        return new MovementLine(
            now,
            atReview,
            RiskScale.MovementOf(now.Score, atReview.Score),
            now.Reasons.Where(r => !before.Contains(Key(r))).DistinctBy(Key).ToList(),
            atReview.Reasons.Where(r => !after.Contains(Key(r))).DistinctBy(Key).ToList());
    }

    private static (string Rule, string Scope) Key(Reason reason) => (reason.Rule, reason.Scope);
}
