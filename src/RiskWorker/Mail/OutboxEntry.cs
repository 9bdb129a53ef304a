namespace RiskWorker.Mail;

/// <summary>One outbox row as listed by <c>outbox</c> and read by a digest's summary of failures.</summary>
/// <param name="Key">The message's unique key.</param>
/// <param name="Kind">digest, alert, …</param>
/// <param name="ToAddress">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Status">pending, delivered or failed.</param>
/// <param name="Attempts">Delivery attempts so far, retries included.</param>
/// <param name="LastError">The server's (or the file system's) last answer when an attempt failed.</param>
/// <param name="MessageId">The Message-Id fixed at enqueue and reused on every attempt.</param>
/// <param name="CreatedAt">When it was enqueued (UTC).</param>
/// <param name="DeliveredAt">When the server accepted it or the file was written (UTC).</param>
/// <param name="Receipt">The server's acceptance answer, or the file written.</param>
internal sealed record OutboxEntry(
    string Key, string Kind, string ToAddress, string Subject, OutboxStatus Status, int Attempts, string? LastError,
    string MessageId, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, string? Receipt);
