namespace RiskWorker.Mail;

/// <summary>A pending outbox row as the sender needs it: the message plus what was fixed at enqueue.</summary>
internal sealed record PendingMail(long Id, OutboxMessage Message, string MessageId, DateTimeOffset CreatedAt);
