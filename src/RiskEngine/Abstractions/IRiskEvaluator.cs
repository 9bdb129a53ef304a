namespace RiskEngine;

/// <summary>Rates every risk of the register. Cheap per call: the rule set is compiled once and shared.</summary>
public interface IRiskEvaluator
{
    /// <summary>Rates on the stored data as of <paramref name="asOf"/>, stores the evaluation with its reasons and movement, and returns it.</summary>
    Task<Evaluation> EvaluateAsync(DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rates as if <paramref name="hypothetical"/> observations were stored (they override stored values with the same
    /// indicator, period and scope). Stores nothing.
    /// </summary>
    Task<Evaluation> WhatIfAsync(DateOnly asOf, IReadOnlyList<Observation> hypothetical, CancellationToken cancellationToken = default);
}
