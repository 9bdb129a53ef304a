namespace RiskWorker.Mail;

/// <summary>
/// Every email is first written here with a unique key; sending marks it delivered. A restart, a retry or a second
/// run never sends a duplicate.
/// </summary>
internal interface IOutbox
{
    /// <summary>Stores the message unless its key is already there. Returns false when it was (nothing changes).</summary>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Sends every pending message now (retrying transient failures, recording permanent ones as failed).</summary>
    Task<SendReport> SendPendingAsync(CancellationToken cancellationToken);
}
