using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using RiskEngine;

namespace RiskWorker.Hosting;

/// <summary>
/// Puts the configured jobs into the persistent store before Quartz starts (it is registered before Quartz's hosted
/// service, and hosted services start in order). A trigger whose cron is unchanged is kept as stored: replacing it
/// would move its start time to now, and Quartz never catches up before a trigger's start, so a Monday missed while
/// the worker was down would be lost. A changed cron replaces the trigger.
/// </summary>
internal sealed partial class ScheduleSynchronizer(ISchedulerFactory factory, ScheduleOptions options, IRiskRegister register, TimeProvider clock, ILogger<ScheduleSynchronizer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.AddJob(AlertJob.Definition, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        foreach (var schedule in JobSchedule.From(options))
        {
            await scheduler.AddJob(schedule.Definition, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
            var stored = await scheduler.GetTrigger(schedule.Trigger, cancellationToken).ConfigureAwait(false) as ICronTrigger;
            string state;
            if (stored is null)
            {
                state = await ScheduleNewAsync(scheduler, schedule, cancellationToken).ConfigureAwait(false);
            }
            else if (stored.CronExpressionString != schedule.Cron || stored.TimeZone.Id != register.Identity.TimeZone.Id)
            {
                await scheduler.RescheduleJob(schedule.Trigger, schedule.BuildTrigger(clock, register.Identity.TimeZone), cancellationToken).ConfigureAwait(false);
                state = "replaced";
            }
            else
            {
                state = "kept";
            }

            var next = (await scheduler.GetTrigger(schedule.Trigger, cancellationToken).ConfigureAwait(false))?.NextFireTimeUtc;
            LogScheduled(schedule.Job.Name, schedule.Cron, register.Identity.TimeZone.Id, state, next is { } n ? TimeZoneInfo.ConvertTime(n, register.Identity.TimeZone) : null);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Clustered workers starting together both find no trigger; the second to store it finds the first's, which is
    // the same schedule, and keeps it.
    private async Task<string> ScheduleNewAsync(IScheduler scheduler, JobSchedule schedule, CancellationToken cancellationToken)
    {
        try
        {
            await scheduler.ScheduleJob(schedule.BuildTrigger(clock, register.Identity.TimeZone), cancellationToken: cancellationToken).ConfigureAwait(false);
            return "new";
        }
        catch (ObjectAlreadyExistsException)
        {
            return "kept";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} scheduled '{Cron}' {Zone} ({State} trigger); next run {Next:yyyy-MM-dd HH:mm zzz}")]
    private partial void LogScheduled(string job, string cron, string zone, string state, DateTimeOffset? next);
}
