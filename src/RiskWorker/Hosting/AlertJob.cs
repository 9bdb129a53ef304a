using System.Globalization;
using Quartz;
using RiskWorker.Notifications.Alerts;

namespace RiskWorker.Hosting;

/// <summary>Sends the alerts of one evaluation; queued by <see cref="EvaluationJob"/>, no schedule of its own.</summary>
[DisallowConcurrentExecution]
internal sealed class AlertJob(AlertDispatcher dispatcher) : IJob
{
    public const string EvaluationId = "evaluationId";

    public static readonly JobKey Key = new("alerts", "riskengine");

    public static IJobDetail Definition { get; } = JobBuilder.Create<AlertJob>().WithIdentity(Key)
        .WithDescription("Alerts the owners of risks that rose, became above appetite or became critical").StoreDurably().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        long? id = context.MergedJobDataMap.TryGetValue(EvaluationId, out var text) && long.TryParse(text as string, CultureInfo.InvariantCulture, out var v) ? v : null;
        await dispatcher.DispatchAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
