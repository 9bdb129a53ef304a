using RiskWorker.Mail;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Alerts.Support;

/// <summary>The outbox seam of a process that dies mid-batch: passes the first enqueues through, then fails every call.</summary>
internal sealed class CrashingOutbox(FakeOutbox inner, int enqueuesBeforeCrash) : IOutbox
{
    private int _left = enqueuesBeforeCrash;

    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        Interlocked.Decrement(ref _left) >= 0 ? inner.EnqueueAsync(message, cancellationToken) : throw new IOException("The process died.");

    public Task<SendReport> SendPendingAsync(CancellationToken cancellationToken) => throw new IOException("The process died.");
}
