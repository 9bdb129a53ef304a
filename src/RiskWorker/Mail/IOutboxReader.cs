namespace RiskWorker.Mail;

/// <summary>Read access to the outbox: what was sent, what failed and why. Kept apart from <see cref="IOutbox"/> so fakes of the sending seam stay small.</summary>
internal interface IOutboxReader
{
    /// <summary>Rows in enqueue order; only those with <paramref name="status"/> when given.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken);
}
