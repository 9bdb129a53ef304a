using RiskEngine;

namespace RiskWorker.Notifications;

/// <summary>Turns an assessment's reasons into lines for a reader of one language, the deciding ones first.</summary>
internal static class ReasonLines
{
    public static IReadOnlyList<ReasonLine> Of(RiskAssessment assessment, IRiskRegister register, string language) =>
        assessment.Reasons
            .Select(r => new ReasonLine(
                r.Rule,
                r.Text.Get(language),
                r.Indicator is null ? null : register.FindIndicator(r.Indicator)?.Name.Get(language) ?? r.Indicator,
                r.Scope == Scopes.University ? null : r.Scope,
                r.IsDefault ? null : r.Value,
                r.Target,
                r.Gap,
                r.Sets,
                r.Level,
                r.Level == (r.Sets == RatingSide.Likelihood ? assessment.Likelihood : assessment.Impact)))
            // A stable sort: within each group the engine's order stays.
            .OrderBy(line => line.Decided ? 0 : 1)
            .ToList();
}
