using RiskEngine;

namespace RiskWorker.Notifications.Alerts;

/// <summary>
/// The evaluations still to be alerted, each with the one before it by date, oldest first: every evaluation after the
/// watermark in the history's (as-of date, id) order and dated today or earlier. Whoever stored them — the scheduled
/// run, a manual <c>evaluate</c>, a run that died before its dispatch — they are alerted once, in date order. One dated
/// before the watermark (a back-dated <c>evaluate --as-of</c>) sorts below it and is skipped; one dated after today
/// waits for its day.
/// </summary>
internal sealed class AlertBacklog(IAssessmentHistory history, AlertWatermark watermark)
{
    public async Task<IReadOnlyList<(Evaluation Current, Evaluation? Previous)>> PendingAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var newest = await watermark.NewestAsync(cancellationToken).ConfigureAwait(false);
        var current = await history.GetLatestAsync(today, cancellationToken).ConfigureAwait(false);
        var pending = new List<(Evaluation, Evaluation?)>();
        while (current is not null && (newest?.IsBefore(current.AsOf, current.Id!.Value) ?? pending.Count == 0))
        {
            // No watermark yet (first run): only the newest against its previous, not the whole history at once.
            var previous = await history.GetPreviousAsync(current.Id!.Value, cancellationToken).ConfigureAwait(false);
            pending.Add((current, previous));
            current = previous;
        }

        pending.Reverse();
        return pending;
    }
}
