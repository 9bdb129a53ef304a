using Microsoft.Extensions.Logging;

namespace RiskWorker.Mail;

/// <summary>SQLite: the run holds <see cref="OutboxLock"/> (a file beside the database) and works through every pending row read at its start.</summary>
internal sealed class LockedOutboxQueue : IOutboxQueue
{
    private readonly OutboxStore _store;
    private readonly IDisposable _lock;
    private readonly IReadOnlyList<PendingMail> _pending;
    private int _next;

    private LockedOutboxQueue(OutboxStore store, IDisposable held, IReadOnlyList<PendingMail> pending) => (_store, _lock, _pending) = (store, held, pending);

    public static async Task<LockedOutboxQueue> OpenAsync(OutboxStore store, string databasePath, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var held = await OutboxLock.AcquireAsync(databasePath, clock, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            return new LockedOutboxQueue(store, held, await store.PendingAsync(cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    public Task<PendingMail?> NextAsync(CancellationToken cancellationToken) => Task.FromResult(_next < _pending.Count ? _pending[_next++] : null);

    public Task<int> CountLeftAsync(CancellationToken cancellationToken) => Task.FromResult(_pending.Count - _next);

    public Task DeliveredAsync(PendingMail mail, int attempts, string receipt, DateTimeOffset now) => _store.MarkDeliveredAsync(mail.Id, attempts, receipt, now);

    public Task FailedAsync(PendingMail mail, int attempts, string error, DateTimeOffset now) => _store.MarkFailedAsync(mail.Id, attempts, error, now);

    public Task DeferredAsync(PendingMail mail, int attempts, string error, DateTimeOffset now) => _store.MarkDeferredAsync(mail.Id, attempts, error, now);

    public ValueTask DisposeAsync()
    {
        _lock.Dispose();
        return ValueTask.CompletedTask;
    }
}
