using Quartz;
using RiskWorker.Notifications.Alerts;

namespace RiskWorker.Hosting;

/// <summary>
/// Alerts every evaluation not alerted yet, whoever stored it; queued by <see cref="EvaluationJob"/>, no schedule of
/// its own. It takes no evaluation id: what to alert is decided by the dispatch watermark, so a missed or repeated
/// trigger neither loses nor repeats an alert.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class AlertJob(AlertDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("alerts", "riskengine");

    public static IJobDetail Definition { get; } = JobBuilder.Create<AlertJob>().WithIdentity(Key)
        .WithDescription("Alerts the owners of risks that rose, became above appetite or became critical").StoreDurably().RequestRecovery().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchAsync(cancellationToken).ConfigureAwait(false);
}
