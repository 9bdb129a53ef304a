using Quartz;
using RiskWorker.Campaign;
using RiskEngine;

namespace RiskWorker.Hosting;

/// <summary>The daily run of every review body's campaign for today (in the register's time zone): the same run as <c>campaign run --body ID</c> for each.</summary>
[DisallowConcurrentExecution]
internal sealed class CampaignJob(ReviewCampaign campaign, IRiskRegister register, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("campaign", "riskengine");

    public static IJobDetail Definition { get; } = JobBuilder.Create<CampaignJob>().WithIdentity(Key)
        .WithDescription("Queues each review body's campaign step due today (requests, reminders, pack) and sends").StoreDurably().RequestRecovery().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await campaign.RunAllAsync(register.Identity.Today(clock), cancellationToken).ConfigureAwait(false);
}
