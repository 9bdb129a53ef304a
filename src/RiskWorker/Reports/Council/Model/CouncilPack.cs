using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Everything the Council pack shows, gathered once by <see cref="CouncilPackBuilder"/>; the templates only format it.
/// Public because Razor components are always public and their parameters must be too.
/// </summary>
/// <param name="Body">The review body the pack is for; it covers that body's risks only.</param>
/// <param name="Text">Words, culture and name look-ups in the pack's language.</param>
/// <param name="PreparedOn">Day the pack was made (in the register's time zone).</param>
/// <param name="Evaluation">The stored evaluation the pack presents.</param>
/// <param name="CurrentRuleSetVersion">Version of the rules loaded now; differs when the rules changed since the evaluation.</param>
/// <param name="Review">The body's last review and the evaluation it marked, if any.</param>
/// <param name="Risks">One sheet per risk, in register order.</param>
/// <param name="Top">The highest-ranked risks, with every risk tied with the last (see <see cref="TopRisks"/>).</param>
/// <param name="Movements">Movement of every risk since the last review, with the rules behind it.</param>
/// <param name="Appendix">Stale indicators and data quality.</param>
/// <param name="FollowUps">The decisions of the body's last review and what became of each; empty when it recorded none.</param>
public sealed record CouncilPack(
    PackBody Body,
    PackText Text,
    DateOnly PreparedOn,
    Evaluation Evaluation,
    string CurrentRuleSetVersion,
    ReviewPoint? Review,
    IReadOnlyList<RiskSheet> Risks,
    IReadOnlyList<RiskAssessment> Top,
    IReadOnlyList<MovementLine> Movements,
    PackAppendix Appendix,
    IReadOnlyList<DecisionFollowUp> FollowUps)
{
    /// <summary>The pack's title: the Council's annual review, or another body's review.</summary>
    public string Title => Body.IsCouncil ? Text["title"] : Text["title-body"];

    /// <summary>Whom the pack is for.</summary>
    public string Subtitle => Body.IsCouncil ? Text["subtitle"] : Text.Format("subtitle-body", ("body", Text.Get(Body.Name)));

    /// <summary>How the cover and the movement page name the reference review.</summary>
    public string LastReviewLabel => Body.IsCouncil ? Text["last-review"] : Text["last-review-body"];

    /// <summary>The pack in another language: only the words change, nothing is read again.</summary>
    public CouncilPack In(string language) => this with { Text = Text.In(language) };
}
