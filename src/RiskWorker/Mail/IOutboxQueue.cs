namespace RiskWorker.Mail;

/// <summary>
/// The pending messages one sending run works through, and where it records each result. Two ways to keep two
/// senders from sending one row: <see cref="LockedOutboxQueue"/> (SQLite, a lock file: one sender per machine) and
/// <see cref="ClaimedOutboxQueue"/> (PostgreSQL, row claims with a lease: any number of senders on any machines).
/// </summary>
internal interface IOutboxQueue : IAsyncDisposable
{
    /// <summary>The next message to send in this run; null when there is none.</summary>
    Task<PendingMail?> NextAsync(CancellationToken cancellationToken);

    /// <summary>How many pending messages this run would still reach: what it leaves for the next run when it stops early.</summary>
    Task<int> CountLeftAsync(CancellationToken cancellationToken);

    Task DeliveredAsync(PendingMail mail, int attempts, string receipt, DateTimeOffset now);

    Task FailedAsync(PendingMail mail, int attempts, string error, DateTimeOffset now);

    Task DeferredAsync(PendingMail mail, int attempts, string error, DateTimeOffset now);
}
