using Microsoft.Extensions.Logging;
using RiskEngine;
using RiskWorker.Mail;

namespace RiskWorker.Notifications.Alerts;

/// <summary>
/// The alert run of the job that follows each evaluation: every evaluation not yet alerted (see
/// <see cref="AlertBacklog"/>) composed into the outbox in date order and recorded as dispatched, then what is pending sent.
/// </summary>
internal sealed partial class AlertDispatcher(
    IRiskRegister register, AlertBacklog backlog, AlertComposer composer, AlertWatermark watermark, IOutbox outbox, TimeProvider clock, ILogger<AlertDispatcher> logger)
{
    public async Task<AlertRunReport> DispatchAsync(CancellationToken cancellationToken)
    {
        var batches = new List<AlertBatch>();
        var queued = 0;
        foreach (var (current, previous) in await backlog.PendingAsync(register.Identity.Today(clock), cancellationToken).ConfigureAwait(false))
        {
            var batch = await composer.ComposeAsync(current, previous, cancellationToken).ConfigureAwait(false);
            var newlyQueued = await outbox.EnqueueAllAsync(batch.Mails, cancellationToken).ConfigureAwait(false);
            // Recorded after its mails, in a transaction of its own (the outbox owns its connection): a crash in between
            // re-composes the same mails on the next run, under the same keys, and the outbox refuses every one it holds.
            await watermark.RecordAsync(batch.EvaluationId, batch.AsOf, cancellationToken).ConfigureAwait(false);
            LogEvaluation(batch.EvaluationId, batch.AsOf, batch.ComparedWith, batch.Changes, batch.Mails.Count, newlyQueued);
            batches.Add(batch);
            queued += newlyQueued;
        }

        var sent = await outbox.SendPendingAsync(cancellationToken).ConfigureAwait(false);
        var report = new AlertRunReport(batches, queued, sent);
        LogRun(report);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alerts for evaluation #{Id} as of {AsOf:yyyy-MM-dd} against #{Previous}: {Risks} risk(s) rose, {Mails} mail(s) composed, {Queued} newly queued")]
    private partial void LogEvaluation(long id, DateOnly asOf, long? previous, int risks, int mails, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private partial void LogRun(AlertRunReport report);
}
