using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>What became of one decision of the body's previous meeting: the risk's rating then and now, and its action.</summary>
/// <param name="Line">The decision.</param>
/// <param name="ScoreAtReview">The risk's score in the evaluation the body saw; null when it was not rated there.</param>
/// <param name="Now">The risk's assessment in the pack's evaluation; null when it is no longer rated.</param>
/// <param name="Movement">The rating's movement since the meeting.</param>
/// <param name="DaysOverdue">For a treat decision's action not done: days past its due date on the pack's data date (0 when not overdue).</param>
public sealed record DecisionFollowUp(DecisionLine Line, int? ScoreAtReview, RiskAssessment? Now, Movement Movement, int DaysOverdue)
{
    public MitigationAction? Action => Line.Decision.Action;
}
