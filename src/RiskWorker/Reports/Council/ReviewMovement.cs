using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Movement since the last review, computed when the pack is made rather than read from the stored evaluation: the
/// review may have been marked after that evaluation ran. The reason for a change is the difference in the rules that
/// fired in any scope, matched by rule and scope; for a risk new since the review (or with no review yet), the rules that
/// fire now. Every scope, not only the worst one: when the worst scope changes, a faculty's rule still firing is not
/// "no longer fires".
/// </summary>
internal static class ReviewMovement
{
    public static MovementLine Of(RiskAssessment now, RiskAssessment? atReview)
    {
        // A register default is not a rule that fires: a side falling back to it shows as a rule no longer firing.
        var fired = Fired(now);
        // A new risk's reason is every rule that fires now: the Council sees why it is rated as it is.
        if (atReview is null) return new MovementLine(now, null, Movement.New, fired.DistinctBy(Key).ToList(), []);
        var firedBefore = Fired(atReview);
        var before = firedBefore.Select(Key).ToHashSet();
        var after = fired.Select(Key).ToHashSet();
        return new MovementLine(
            now,
            atReview,
            RiskScale.MovementOf(now.Score, atReview.Score),
            fired.Where(r => !before.Contains(Key(r))).DistinctBy(Key).ToList(),
            firedBefore.Where(r => !after.Contains(Key(r))).DistinctBy(Key).ToList());
    }

    private static List<Reason> Fired(RiskAssessment assessment) => assessment.Scopes.SelectMany(s => s.Reasons).Where(r => !r.IsDefault).ToList();

    private static (string Rule, string Scope) Key(Reason reason) => (reason.Rule, reason.Scope);
}
