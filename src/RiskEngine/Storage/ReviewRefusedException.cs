namespace RiskEngine;

/// <summary>
/// Thrown when a review cannot be recorded against the evaluation asked for: none exists on or before the review's
/// day, the one named does not exist, or it holds data after the review. Nothing is written. An
/// <see cref="InvalidOperationException"/> as before, so existing callers still catch it; its message is English,
/// <see cref="Describe"/> says it in a reader's language.
/// </summary>
public sealed class ReviewRefusedException : InvalidOperationException
{
    private readonly EngineMessage _problem;

    internal ReviewRefusedException(EngineMessage problem)
        : base(problem.ToString()) => _problem = problem;

    /// <summary>The message in the language of <paramref name="words"/>.</summary>
    public string Describe(Words words) => _problem.Render(words);

    internal static ReviewRefusedException NoEvaluation(DateOnly reviewedOn) => new(EngineMessage.Of("error.store.no-evaluation", ("day", reviewedOn)));

    internal static ReviewRefusedException Missing(long evaluationId) => new(EngineMessage.Of("error.store.evaluation-missing", ("id", evaluationId)));

    internal static ReviewRefusedException AfterReview(long evaluationId, DateOnly asOf, DateOnly reviewedOn) =>
        new(EngineMessage.Of("error.store.evaluation-after-review", ("id", evaluationId), ("asOf", asOf), ("day", reviewedOn)));
}
