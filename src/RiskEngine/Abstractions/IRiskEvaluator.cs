namespace RiskEngine;

/// <summary>Rates every risk of the register. Cheap per call: the rule set is compiled once and shared.</summary>
public interface IRiskEvaluator
{
    /// <summary>Rates on the stored data as of <paramref name="asOf"/>, stores the evaluation with its reasons and movement, and returns it.</summary>
    Task<Evaluation> EvaluateAsync(DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="EvaluateAsync(DateOnly, CancellationToken)"/>, at most once per <paramref name="firing"/>: a
    /// scheduler's run, named by its trigger and scheduled time. When an evaluation is already stored for that firing
    /// (the scheduler ran it again because its worker died after storing it, before finishing), rates nothing and
    /// returns the stored one with <c>AlreadyStored</c> true.
    /// </summary>
    Task<(Evaluation Evaluation, bool AlreadyStored)> EvaluateForFiringAsync(DateOnly asOf, string firing, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rates as if <paramref name="hypothetical"/> observations were stored (they override stored values with the same
    /// indicator, period and scope). Stores nothing.
    /// </summary>
    Task<Evaluation> WhatIfAsync(DateOnly asOf, IReadOnlyList<Observation> hypothetical, CancellationToken cancellationToken = default);
}
