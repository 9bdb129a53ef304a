using Microsoft.Extensions.Logging;

namespace RiskWorker.Mail;

/// <summary>
/// PostgreSQL: the run claims one pending row at a time for a lease (<see cref="OutboxStore.ClaimNextAsync"/>) and
/// records its result only while it still holds the claim. A sender that dies mid-send leaves its one row to be taken
/// over when the lease ends; the row may then go out twice, with the same Message-Id (SMTP's one window).
/// </summary>
internal sealed class ClaimedOutboxQueue(OutboxStore store, TimeSpan lease, ILogger logger) : IOutboxQueue
{
    private readonly string _claimer = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly HashSet<long> _tried = [];
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public async Task<PendingMail?> NextAsync(CancellationToken cancellationToken)
    {
        var mail = await store.ClaimNextAsync(_claimer, lease, _tried, _files, cancellationToken).ConfigureAwait(false);
        if (mail is not null) _tried.Add(mail.Id);
        return mail;
    }

    public Task<int> CountLeftAsync(CancellationToken cancellationToken) => store.CountUnclaimedAsync(_tried, cancellationToken);

    public async Task DeliveredAsync(PendingMail mail, int attempts, string receipt, DateTimeOffset now) =>
        Check(mail, await store.MarkDeliveredAsync(mail.Id, attempts, receipt, now, _claimer).ConfigureAwait(false));

    public async Task FailedAsync(PendingMail mail, int attempts, string error, DateTimeOffset now) =>
        Check(mail, await store.MarkFailedAsync(mail.Id, attempts, error, now, _claimer).ConfigureAwait(false));

    public async Task DeferredAsync(PendingMail mail, int attempts, string error, DateTimeOffset now) =>
        Check(mail, await store.MarkDeferredAsync(mail.Id, attempts, error, now, _claimer).ConfigureAwait(false));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // The lease ran out during the send and another sender took the row: its record wins, ours is dropped.
    private void Check(PendingMail mail, bool recorded)
    {
        if (!recorded) logger.LogWarning("Message {Key}: the claim lapsed before its result was recorded (lease {Lease}); another sender holds it now", mail.Message.Key, lease);
    }
}
