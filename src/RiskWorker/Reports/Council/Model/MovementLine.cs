using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>How a risk moved since the last review and which rules changed.</summary>
/// <param name="Now">The risk now.</param>
/// <param name="AtReview">The risk at the last review; null when there was no review or it was not rated then.</param>
/// <param name="Movement">New, up, down or same, by score.</param>
/// <param name="NowFires">Rules that fire now and did not at the review (by rule and scope); for a new risk, every rule that fires now.</param>
/// <param name="NoLongerFires">Rules that fired at the review and no longer do.</param>
public sealed record MovementLine(RiskAssessment Now, RiskAssessment? AtReview, Movement Movement, IReadOnlyList<Reason> NowFires, IReadOnlyList<Reason> NoLongerFires)
{
    /// <summary>The rating comes from another scope than at the review (say a faculty then, the university now).</summary>
    public bool WorstScopeChanged => AtReview is not null && AtReview.WorstScope != Now.WorstScope;
}
