using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Reviews;

/// <summary>
/// <c>review record</c>: checks the decisions file whole, finds the evaluation the body saw, reads the minutes, then
/// stores the review, its decisions, the actions of treat decisions and the minutes in one transaction — or nothing.
/// </summary>
internal sealed class ReviewRecorder(DecisionImporter importer, IAssessmentHistory history, IReviewStore store)
{
    /// <exception cref="ImportRefusedException">The decisions file (or the minutes file) is refused; nothing was written.</exception>
    /// <exception cref="ReviewRefusedException">No evaluation fits the review; nothing was written.</exception>
    /// <param name="words">The reader's words, in which a refused file's errors are written.</param>
    public async Task<ReviewRecordResult> RecordAsync(ReviewBody body, DateOnly day, long? evaluationId, string decisionsPath, string? minutesPath, Words words, CancellationToken cancellationToken)
    {
        var decisions = importer.Read(decisionsPath, body, words);
        if (minutesPath is not null && !File.Exists(minutesPath)) throw new ImportRefusedException(minutesPath, [new ImportError(0, minutesPath, words["error.import.file-not-found"])], words);

        var evaluation = evaluationId is { } id
            ? await history.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw ReviewRefusedException.Missing(id)
            : await history.GetLatestAsync(day, cancellationToken).ConfigureAwait(false)
              ?? throw ReviewRefusedException.NoEvaluation(day);
        var minutes = minutesPath is null ? null : await File.ReadAllBytesAsync(minutesPath, cancellationToken).ConfigureAwait(false);
        var record = new ReviewRecord(body.Id, day, evaluation.Id!.Value, decisions, minutesPath is null ? null : Path.GetFileName(minutesPath), minutes);
        var stored = await store.RecordAsync(record, cancellationToken).ConfigureAwait(false);
        return new ReviewRecordResult(body, day, stored, evaluation, decisions, record.MinutesName, minutes?.Length ?? 0);
    }
}
