using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Everything the Council pack shows, gathered once by <see cref="CouncilPackBuilder"/>; the templates only format it.
/// Public because Razor components are always public and their parameters must be too.
/// </summary>
/// <param name="Text">Words, culture and name look-ups in the pack's language.</param>
/// <param name="PreparedOn">Day the pack was made (in the register's time zone).</param>
/// <param name="Evaluation">The stored evaluation the pack presents.</param>
/// <param name="CurrentRuleSetVersion">Version of the rules loaded now; differs when the rules changed since the evaluation.</param>
/// <param name="Review">The last Council review and the evaluation it marked, if any.</param>
/// <param name="Risks">One sheet per risk, in register order.</param>
/// <param name="Top">The highest-ranked risks, with every risk tied with the last (see <see cref="TopRisks"/>).</param>
/// <param name="Movements">Movement of every risk since the last review, with the rules behind it.</param>
/// <param name="Appendix">Stale indicators and data quality.</param>
public sealed record CouncilPack(
    PackText Text,
    DateOnly PreparedOn,
    Evaluation Evaluation,
    string CurrentRuleSetVersion,
    ReviewPoint? Review,
    IReadOnlyList<RiskSheet> Risks,
    IReadOnlyList<RiskAssessment> Top,
    IReadOnlyList<MovementLine> Movements,
    PackAppendix Appendix)
{
    /// <summary>The same pack in another language: only the words change, nothing is read again.</summary>
    public CouncilPack In(string language) => this with { Text = Text.In(language) };
}
