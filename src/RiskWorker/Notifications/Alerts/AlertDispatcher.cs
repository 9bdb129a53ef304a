using Microsoft.Extensions.Logging;
using RiskWorker.Mail;

namespace RiskWorker.Notifications.Alerts;

/// <summary>The alert run shared by the job that follows each evaluation: compose into the outbox, then send what is pending.</summary>
internal sealed partial class AlertDispatcher(AlertComposer composer, IOutbox outbox, ILogger<AlertDispatcher> logger)
{
    public async Task<AlertRunReport> DispatchAsync(long? evaluationId, CancellationToken cancellationToken)
    {
        var batch = await composer.ComposeAsync(evaluationId, cancellationToken).ConfigureAwait(false);
        var queued = await outbox.EnqueueAllAsync(batch.Mails, cancellationToken).ConfigureAwait(false);

        var sent = await outbox.SendPendingAsync(cancellationToken).ConfigureAwait(false);
        var report = new AlertRunReport(batch.AsOf, batch.Changes, batch.Mails.Count, queued, sent);
        LogRun(report);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private partial void LogRun(AlertRunReport report);
}
