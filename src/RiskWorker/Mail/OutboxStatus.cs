namespace RiskWorker.Mail;

/// <summary>State of an outbox row. A deferred message (transient failure) stays <see cref="Pending"/> with attempts and a last error.</summary>
internal enum OutboxStatus
{
    Pending,
    Delivered,
    Failed,
}
