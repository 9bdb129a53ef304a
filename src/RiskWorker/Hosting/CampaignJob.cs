using Quartz;
using RiskWorker.Campaign;
using RiskEngine;

namespace RiskWorker.Hosting;

/// <summary>The daily run of the Academic Council campaign for today (in the register's time zone): the same run as <c>campaign run</c>.</summary>
[DisallowConcurrentExecution]
internal sealed class CampaignJob(CouncilCampaign campaign, IRiskRegister register, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("campaign", "riskengine");

    public static IJobDetail Definition { get; } = JobBuilder.Create<CampaignJob>().WithIdentity(Key)
        .WithDescription("Queues the Council campaign's step due today (T-30 requests, T-14 reminders, T-7 pack) and sends").StoreDurably().Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await campaign.RunAsync(register.Identity.Today(clock), cancellationToken).ConfigureAwait(false);
}
