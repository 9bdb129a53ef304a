using RiskEngine.Storage;

namespace RiskEngine.Rating;

/// <summary>Reads the stored data, rates it with the shared compiled rule set, adds movement and stores the result.</summary>
internal sealed class RiskEvaluator(
    IRiskRegister register,
    RiskRater rater,
    IObservationStore observations,
    IMitigationActionStore actions,
    AssessmentHistory history,
    ObservationValidator validator,
    IScopeStore scopes,
    TimeProvider clock) : IRiskEvaluator
{
    public async Task<Evaluation> EvaluateAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var evaluation = await RateAsync(asOf, await observations.GetAllAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var id = await history.StoreAsync(evaluation, cancellationToken).ConfigureAwait(false);
        return evaluation with { Id = id };
    }

    public async Task<(Evaluation Evaluation, bool AlreadyStored)> EvaluateForFiringAsync(DateOnly asOf, string firing, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firing);
        if (await history.GetByFiringAsync(firing, cancellationToken).ConfigureAwait(false) is { } stored) return (stored, true);
        var evaluation = await RateAsync(asOf, await observations.GetAllAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        // Null: another run of the same firing stored its evaluation first; the unique firing column kept this one out.
        return await history.StoreAsync(evaluation, firing, cancellationToken).ConfigureAwait(false) is { } id
            ? (evaluation with { Id = id }, false)
            : ((await history.GetByFiringAsync(firing, cancellationToken).ConfigureAwait(false))!, true);
    }

    public async Task<Evaluation> WhatIfAsync(DateOnly asOf, IReadOnlyList<Observation> hypothetical, CancellationToken cancellationToken = default)
    {
        var known = (await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Code).ToHashSet();
        var errors = validator.Validate(hypothetical, known);
        if (errors.Count > 0) throw new ObservationValidationException(errors);

        var canonical = hypothetical.Select(o => o with { Period = ObservationValidator.CanonicalPeriod(o.Period) }).ToList();
        var overridden = canonical.Select(o => (o.Indicator, o.Period, o.Scope)).ToHashSet();
        var stored = await observations.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var merged = stored.Where(o => !overridden.Contains((o.Indicator, o.Period, o.Scope))).Concat(canonical).ToList();
        return await RateAsync(asOf, merged, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Evaluation> RateAsync(DateOnly asOf, IReadOnlyList<Observation> data, CancellationToken cancellationToken)
    {
        var allActions = await actions.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var names = (await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
        var rated = rater.Rate(asOf, data, allActions, names, cancellationToken);
        // Against what came before this date: a back-dated run must not compare with a later evaluation or review.
        var (before, atReview) = await history.GetReferenceScoresAsync(asOf, cancellationToken).ConfigureAwait(false);

        var risks = rated.Select(r =>
        {
            int? prev = before.TryGetValue(r.Code, out var p) ? p : null;
            int? rev = atReview.TryGetValue(r.Code, out var v) ? v : null;
            return r with
            {
                PreviousScore = prev,
                ReviewScore = rev,
                Movement = RiskScale.MovementOf(r.Score, prev),
                MovementSinceReview = RiskScale.MovementOf(r.Score, rev),
            };
        }).ToList();

        var illustrative = await observations.IsIllustrativeAsync(cancellationToken).ConfigureAwait(false);
        return new Evaluation(null, asOf, clock.GetUtcNow(), register.Version, illustrative, risks);
    }
}
