using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>The page of one risk: register text, rating, indicators, faculties and dated actions.</summary>
/// <param name="Risk">The register entry.</param>
/// <param name="Category">Its category (appetite, name).</param>
/// <param name="Assessment">Its rating in the presented evaluation.</param>
/// <param name="Movement">Movement since the last review.</param>
/// <param name="Indicators">Indicators its rules read, numbered from 1, with the university's facts.</param>
/// <param name="Scopes">Every rated scope (the university first) with its facts, in the order of <paramref name="Indicators"/>.</param>
/// <param name="Actions">Its dated mitigation actions, by due date.</param>
/// <param name="LastDecision">Its latest decision by any review body on or before the data date; null when none.</param>
public sealed record RiskSheet(
    Risk Risk,
    Category Category,
    RiskAssessment Assessment,
    Movement Movement,
    IReadOnlyList<IndicatorLine> Indicators,
    IReadOnlyList<ScopeLine> Scopes,
    IReadOnlyList<MitigationAction> Actions,
    DecisionLine? LastDecision)
{
    /// <summary>Fragment id of the page, for links from the contents and the appendix.</summary>
    public string Anchor => AnchorOf(Risk.Code);

    public static string AnchorOf(string code) => "risk-" + code.Replace('.', '-');
}
