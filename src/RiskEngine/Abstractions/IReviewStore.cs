namespace RiskEngine;

/// <summary>Reviews held by review bodies, the decisions taken on each risk, and the actions treat decisions opened.</summary>
public interface IReviewStore
{
    /// <summary>
    /// Stores a review, its decisions, the action of each treat decision and the minutes in one transaction. A review of
    /// the same body on the same day is replaced with its decisions and their actions. A Council review also becomes
    /// the reference for movement since the last review (as <see cref="IAssessmentHistory.MarkReviewAsync(DateOnly, long, CancellationToken)"/>).
    /// </summary>
    /// <returns>The stored review's id.</returns>
    /// <exception cref="InvalidOperationException">The evaluation does not exist or holds data dated after the review.</exception>
    Task<long> RecordAsync(ReviewRecord review, CancellationToken cancellationToken = default);

    /// <summary>Reviews held, oldest first; of one body when <paramref name="body"/> is given. Council reviews marked without decisions are included.</summary>
    Task<IReadOnlyList<HeldReview>> ListAsync(string? body = null, CancellationToken cancellationToken = default);

    /// <summary>The body's last review held on or before <paramref name="onOrBefore"/>.</summary>
    Task<HeldReview?> GetLastAsync(string body, DateOnly onOrBefore, CancellationToken cancellationToken = default);

    /// <summary>The decisions of one review, in the order recorded.</summary>
    Task<IReadOnlyList<RecordedDecision>> GetDecisionsAsync(long reviewId, CancellationToken cancellationToken = default);

    /// <summary>Each risk's latest decision by any body at a review held on or before <paramref name="onOrBefore"/>, by risk code.</summary>
    Task<IReadOnlyDictionary<string, RecordedDecision>> GetLatestDecisionsAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default);

    /// <summary>The minutes kept with a review: file name and bytes; null when none.</summary>
    Task<(string Name, byte[] Content)?> GetMinutesAsync(long reviewId, CancellationToken cancellationToken = default);
}
