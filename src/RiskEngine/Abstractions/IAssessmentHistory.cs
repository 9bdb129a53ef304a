namespace RiskEngine;

/// <summary>Stored evaluations and the Council reviews that serve as reference points.</summary>
/// <remarks>
/// Evaluations are ordered by their as-of date, then by the order they were stored: an evaluation run later for a
/// past date (<c>evaluate --as-of</c>) takes its place among that date's evaluations and never becomes "latest"
/// over a newer date.
/// </remarks>
public interface IAssessmentHistory
{
    /// <summary>The evaluation with the greatest as-of date (of several on that date, the one stored last).</summary>
    Task<Evaluation?> GetLatestAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest evaluation whose as-of date is <paramref name="onOrBefore"/> or earlier.</summary>
    Task<Evaluation?> GetLatestAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default);

    /// <summary>The stored evaluation <paramref name="id"/>.</summary>
    Task<Evaluation?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The evaluation just before <paramref name="id"/> in (as-of date, storage order); null when it is the first or unknown.</summary>
    Task<Evaluation?> GetPreviousAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The evaluation marked by the last Council review, with the review date.</summary>
    Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> GetLastReviewAsync(CancellationToken cancellationToken = default);

    /// <summary>The last Council review held on <paramref name="onOrBefore"/> or earlier, with the evaluation it marked.</summary>
    Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> GetLastReviewAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default);

    /// <summary>Marks the latest evaluation as of <paramref name="reviewedOn"/> or earlier as reviewed by the Council on that date.</summary>
    /// <returns>The id of the marked evaluation.</returns>
    /// <exception cref="InvalidOperationException">No evaluation exists on or before that date.</exception>
    Task<long> MarkReviewAsync(DateOnly reviewedOn, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a given evaluation as the one the Council reviewed on <paramref name="reviewedOn"/>: the one its pack was
    /// made from, which may be older than the latest evaluation before the meeting.
    /// </summary>
    /// <returns><paramref name="evaluationId"/>.</returns>
    /// <exception cref="InvalidOperationException">No such evaluation, or its data is dated after the review.</exception>
    Task<long> MarkReviewAsync(DateOnly reviewedOn, long evaluationId, CancellationToken cancellationToken = default);
}
