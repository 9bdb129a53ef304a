namespace RiskEngine;

/// <summary>Stored evaluations and the Council reviews that serve as reference points.</summary>
public interface IAssessmentHistory
{
    /// <summary>The most recent stored evaluation.</summary>
    Task<Evaluation?> GetLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored evaluation <paramref name="id"/>.</summary>
    Task<Evaluation?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The evaluation stored just before <paramref name="id"/>.</summary>
    Task<Evaluation?> GetPreviousAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The evaluation marked by the last Council review, with the review date.</summary>
    Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> GetLastReviewAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks the latest evaluation as of <paramref name="reviewedOn"/> or earlier as reviewed by the Council on that date.</summary>
    /// <returns>The id of the marked evaluation.</returns>
    /// <exception cref="InvalidOperationException">No evaluation exists on or before that date.</exception>
    Task<long> MarkReviewAsync(DateOnly reviewedOn, CancellationToken cancellationToken = default);
}
