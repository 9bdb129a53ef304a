using System.Collections.Concurrent;
using RiskWorker.Mail;

namespace RiskWorker.Tests.Notify.Support;

/// <summary>
/// An in-memory stand-in for the mail module's outbox (our own seam, until it is merged): keeps what was enqueued,
/// refuses a known key as the contract says, and counts send runs. Delivery itself is the mail module's to test.
/// </summary>
internal sealed class FakeOutbox : IOutbox, IOutboxReader
{
    private readonly ConcurrentDictionary<string, OutboxMessage> _messages = new(StringComparer.Ordinal);
    private int _sendRuns;

    public IReadOnlyCollection<OutboxMessage> Messages => _messages.Values.ToList();

    public int SendRuns => Volatile.Read(ref _sendRuns);

    /// <summary>Rows the fake reports as refused by the server.</summary>
    public List<OutboxEntry> Refused { get; } = [];

    public Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxEntry>>(status is OutboxStatus.Failed or null ? Refused : []);

    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.FromResult(_messages.TryAdd(message.Key, message));

    public Task<SendReport> SendPendingAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sendRuns);
        return Task.FromResult(new SendReport(0, 0, 0, "fake://outbox"));
    }
}
