using Microsoft.Extensions.Options;

namespace RiskWorker.Mail;

/// <summary>The outbox in the worker's database (SQLite or PostgreSQL): enqueue once per key, send what is pending, list what happened.</summary>
internal sealed class DatabaseOutbox(OutboxStore store, OutboxDelivery delivery, IOptions<SmtpOptions> smtp, TimeProvider clock) : IOutbox, IOutboxReader
{
    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Key) || message.Key.Length > 400) throw new ArgumentException("An outbox key is required (at most 400 characters).", nameof(message));
        // Refused here rather than at send time, where it would sit in the outbox as a failure nobody can fix.
        if (!SmtpOptionsValidator.IsAddress(message.ToAddress)) throw new ArgumentException($"'{message.ToAddress}' is not an email address (outbox key {message.Key}).", nameof(message));
        return store.InsertAsync(message, OutboxIdentity.MessageId(message.Key, smtp.Value.From), clock.GetUtcNow(), cancellationToken);
    }

    public Task<SendReport> SendPendingAsync(CancellationToken cancellationToken) => delivery.RunAsync(cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken) => store.ListAsync(status, cancellationToken);
}
