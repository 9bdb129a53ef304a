using RiskEngine;

namespace RiskWorker.Notifications;

/// <summary>Turns an assessment's reasons into lines for a reader of one language, marking those that decided the rating.</summary>
internal static class ReasonLines
{
    public static IReadOnlyList<ReasonLine> Of(RiskAssessment assessment, IRiskRegister register, string language) =>
        assessment.Reasons
            .Select(r => new ReasonLine(
                r.Rule,
                r.Text.Get(language),
                r.Indicator is null ? null : register.FindIndicator(r.Indicator)?.Name.Get(language) ?? r.Indicator,
                r.Scope == Scopes.University ? register.Identity.InstitutionShort.Get(language) : r.Scope,
                r.Value,
                r.Target,
                r.Gap,
                r.Sets,
                r.Level,
                // A reason of another scope (the university's, under a faculty's rating) did not decide this rating.
                r.Scope == assessment.WorstScope && r.Level == (r.Sets == RatingSide.Likelihood ? assessment.Likelihood : assessment.Impact),
                r.Driver,
                r.Driver is null ? null : register.FindRisk(r.Driver)?.Title.Get(language) ?? r.Driver))
            .ToList();
}
