using Quartz;
using RiskWorker.Notifications.Digest;

namespace RiskWorker.Hosting;

/// <summary>The weekly digest: the same run as <c>digest --send</c>.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestSender sender) : IJob
{
    public static readonly JobKey Key = new("digest", "riskengine");

    public static IJobDetail Definition { get; } = JobBuilder.Create<DigestJob>().WithIdentity(Key)
        .WithDescription("Composes this week's digests into the outbox and sends them").StoreDurably().RequestRecovery().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await sender.SendAsync(cancellationToken).ConfigureAwait(false);
}
