using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Reviews;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Gathers a review body's pack from what is stored: the latest evaluation as of a date with the body's risks only, the
/// body's own last review, the facts behind each indicator, the dated actions and the scopes. Reads only; the rules are
/// not run again.
/// </summary>
internal sealed class CouncilPackBuilder(
    IRiskRegister register,
    IAssessmentHistory history,
    IIndicatorFacts indicatorFacts,
    IObservationStore observations,
    IMitigationActionStore actions,
    IScopeStore scopes,
    IReviewStore reviews,
    ReviewBodies bodies,
    TimeProvider clock)
{
    public const int TopCount = 5;

    /// <summary>The pack of the most recently stored evaluation whose date is on or before <paramref name="asOf"/>; null when there is none.</summary>
    public async Task<CouncilPack?> BuildAsync(ReviewBody body, DateOnly asOf, string language, CancellationToken cancellationToken)
    {
        var evaluation = Covered(body, await history.GetLatestAsync(asOf, cancellationToken).ConfigureAwait(false));
        if (evaluation is null) return null;

        // A pack for a past date compares with the body's review held by then, not with one marked later.
        var held = await reviews.GetLastAsync(body.Id, evaluation.AsOf, cancellationToken).ConfigureAwait(false);
        var reviewed = held is null ? null : Covered(body, await history.GetAsync(held.EvaluationId, cancellationToken).ConfigureAwait(false));
        var review = reviewed is null ? null : new ReviewPoint(held!.ReviewedOn, reviewed);
        var facts = await indicatorFacts.GetAsync(evaluation.AsOf, cancellationToken).ConfigureAwait(false);
        var stored = await observations.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var dated = await actions.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var names = (await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Code, s => s.Name);

        var byKey = facts.ToDictionary(f => (f.Code, f.Scope));
        var movements = evaluation.Risks.Select(now => ReviewMovement.Of(now, review?.Evaluation.Risks.FirstOrDefault(x => x.Code == now.Code))).ToList();
        var latest = await reviews.GetLatestDecisionsAsync(evaluation.AsOf, cancellationToken).ConfigureAwait(false);
        var sheets = evaluation.Risks.Zip(movements, (assessment, movement) => Sheet(assessment, movement.Movement, byKey, dated, latest.GetValueOrDefault(assessment.Code))).ToList();
        var followUps = held is { Id: > 0 } && review is not null
            ? FollowUps(await reviews.GetDecisionsAsync(held.Id, cancellationToken).ConfigureAwait(false), review.Evaluation, evaluation)
            : [];
        var top = TopRisks.Of(evaluation.Risks, TopCount);

        return new CouncilPack(new PackBody(body.Id, body.Name, body.IsCouncil), new PackText(language, register, names), register.Identity.Today(clock), evaluation, register.Version, review, sheets, top, movements,
            PackAppendixBuilder.Build(register, facts, stored), followUps);
    }

    // The body sees its own risks: the heat maps, top risks, movement and pages are made from these alone.
    private static Evaluation? Covered(ReviewBody body, Evaluation? evaluation) =>
        evaluation is null ? null : evaluation with { Risks = evaluation.Risks.Where(r => body.Covers(r.Code)).ToList() };

    // Each decision of the last meeting against the evaluation the body saw then and the one the pack presents now.
    private List<DecisionFollowUp> FollowUps(IReadOnlyList<RecordedDecision> decisions, Evaluation then, Evaluation now) => decisions.Select(d =>
    {
        var before = then.Risks.FirstOrDefault(r => r.Code == d.Risk)?.Score;
        var current = now.Risks.FirstOrDefault(r => r.Code == d.Risk);
        var overdue = d.Decision.Action is { } a && a.IsOverdue(now.AsOf) ? now.AsOf.DayNumber - a.Due!.Value.DayNumber : 0;
        return new DecisionFollowUp(Line(d), before, current, current is null ? Movement.New : RiskScale.MovementOf(current.Score, before), overdue);
    }).ToList();

    private DecisionLine Line(RecordedDecision d) => new(bodies.NamesOf(d.Body), d.ReviewedOn, d.Decision);

    private RiskSheet Sheet(RiskAssessment assessment, Movement movement, Dictionary<(string, string), IndicatorFact> facts, IReadOnlyList<MitigationAction> dated, RecordedDecision? decision)
    {
        var risk = register.FindRisk(assessment.Code)!;
        var codes = register.Rules.Where(x => x.Risk == risk.Code && x.Indicator is not null).Select(x => x.Indicator!).Distinct().ToList();
        var lines = codes.Select((code, i) => new IndicatorLine(i + 1, register.FindIndicator(code)!, facts.GetValueOrDefault((code, Scopes.University)) ?? IndicatorFact.None(code, Scopes.University))).ToList();
        var scopeLines = assessment.Scopes
            .Select(s => new ScopeLine(s, codes.Select(code => facts.GetValueOrDefault((code, s.Scope))).ToList()))
            .ToList();
        var riskActions = dated.Where(a => a.Risk == risk.Code).OrderBy(a => a.Due ?? DateOnly.MaxValue).ToList();
        return new RiskSheet(risk, register.FindCategory(risk.Category)!, assessment, movement, lines, scopeLines, riskActions, decision is null ? null : Line(decision));
    }
}
