using RiskWorker.Mail;

namespace RiskWorker.Tests.Notify.Support;

/// <summary>An outbox whose send run blocks until released, to hold a job in the middle of its work.</summary>
internal sealed class BlockingOutbox : IOutbox
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Finished { get; private set; }

    public void Release() => _release.TrySetResult();

    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.FromResult(true);

    public async Task<SendReport> SendPendingAsync(CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        await _release.Task.ConfigureAwait(false);
        Finished = true;
        return new SendReport(0, 0, 0, "blocking://outbox");
    }
}
