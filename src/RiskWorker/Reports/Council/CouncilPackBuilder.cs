using RiskEngine;
using RiskWorker.Cli;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Gathers the Council pack from what is stored: the latest evaluation as of a date, the last review, the facts behind
/// each indicator, the dated actions and the scopes. Reads only; the rules are not run again.
/// </summary>
internal sealed class CouncilPackBuilder(
    IRiskRegister register,
    IAssessmentHistory history,
    IIndicatorFacts indicatorFacts,
    IObservationStore observations,
    IMitigationActionStore actions,
    IScopeStore scopes,
    TimeProvider clock)
{
    public const int TopCount = 5;

    /// <summary>The pack of the most recently stored evaluation whose date is on or before <paramref name="asOf"/>; null when there is none.</summary>
    public async Task<CouncilPack?> BuildAsync(DateOnly asOf, string language, CancellationToken cancellationToken)
    {
        var evaluation = await history.GetLatestAsync(asOf, cancellationToken).ConfigureAwait(false);
        if (evaluation is null) return null;

        // A pack for a past date compares with the review held by then, not with one marked later.
        var review = await history.GetLastReviewAsync(evaluation.AsOf, cancellationToken).ConfigureAwait(false) is { } r ? new ReviewPoint(r.ReviewedOn, r.Evaluation) : null;
        var facts = await indicatorFacts.GetAsync(evaluation.AsOf, cancellationToken).ConfigureAwait(false);
        var stored = await observations.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var dated = await actions.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var names = (await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Code, s => s.Name);

        var byKey = facts.ToDictionary(f => (f.Code, f.Scope));
        var movements = evaluation.Risks.Select(now => ReviewMovement.Of(now, review?.Evaluation.Risks.FirstOrDefault(x => x.Code == now.Code))).ToList();
        var sheets = evaluation.Risks.Zip(movements, (assessment, movement) => Sheet(assessment, movement.Movement, byKey, dated)).ToList();
        var top = TopRisks.Of(evaluation.Risks, TopCount);

        return new CouncilPack(new PackText(language, register, names), register.Identity.Today(clock), evaluation, register.Version, review, sheets, top, movements,
            PackAppendixBuilder.Build(register, facts, stored));
    }

    private RiskSheet Sheet(RiskAssessment assessment, Movement movement, Dictionary<(string, string), IndicatorFact> facts, IReadOnlyList<MitigationAction> dated)
    {
        var risk = register.FindRisk(assessment.Code)!;
        var codes = register.Rules.Where(x => x.Risk == risk.Code && x.Indicator is not null).Select(x => x.Indicator!).Distinct().ToList();
        var lines = codes.Select((code, i) => new IndicatorLine(i + 1, register.FindIndicator(code)!, facts.GetValueOrDefault((code, Scopes.University)) ?? IndicatorFact.None(code, Scopes.University))).ToList();
        var scopeLines = assessment.Scopes
            .Select(s => new ScopeLine(s, codes.Select(code => facts.GetValueOrDefault((code, s.Scope))).ToList()))
            .ToList();
        var riskActions = dated.Where(a => a.Risk == risk.Code).OrderBy(a => a.Due ?? DateOnly.MaxValue).ToList();
        return new RiskSheet(risk, register.FindCategory(risk.Category)!, assessment, movement, lines, scopeLines, riskActions);
    }
}
