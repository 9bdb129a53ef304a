using Microsoft.Extensions.Logging;
using RiskEngine;
using RiskWorker.Mail;

namespace RiskWorker.Notifications.Digest;

/// <summary>The weekly digest run shared by <c>digest --send</c> and the scheduled job: compose into the outbox, then send what is pending.</summary>
internal sealed partial class DigestSender(IRiskRegister register, DigestComposer composer, IOutbox outbox, IOutboxReader outboxReader, TimeProvider clock, ILogger<DigestSender> logger)
{
    public async Task<DigestRunReport> SendAsync(CancellationToken cancellationToken)
    {
        var mails = await composer.ComposeAsync(cancellationToken).ConfigureAwait(false);
        var queued = await outbox.EnqueueAllAsync(mails, cancellationToken).ConfigureAwait(false);

        var sent = await outbox.SendPendingAsync(cancellationToken).ConfigureAwait(false);
        // Refused mail is never deleted; the weekly run reminds the office of every message still undelivered.
        var failed = await outboxReader.ListAsync(OutboxStatus.Failed, cancellationToken).ConfigureAwait(false);
        var report = new DigestRunReport(OutboxKeys.IsoWeek(register.Identity.Today(clock)), mails.Count, queued, mails.Count - queued, sent, failed.Count);
        LogRun(report.Week, report.Composed, report.Queued, report.AlreadyQueued, report.FailedInOutbox);
        foreach (var entry in failed) LogFailed(entry.Key, entry.ToAddress, entry.LastError);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Undelivered (refused by the server): {Key} to {To}: {Answer}")]
    private partial void LogFailed(string key, string to, string? answer);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digests {Week}: {Composed} composed, {Queued} queued, {AlreadyQueued} already queued; {FailedInOutbox} refused in the outbox")]
    private partial void LogRun(string week, int composed, int queued, int alreadyQueued, int failedInOutbox);
}
