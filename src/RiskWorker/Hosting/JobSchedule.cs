using Quartz;

namespace RiskWorker.Hosting;

/// <summary>One recurring job: its key, its trigger and its cron expression in the register's time zone.</summary>
internal sealed record JobSchedule(IJobDetail Definition, string Cron)
{
    public JobKey Job => Definition.Key;

    public TriggerKey Trigger => new(Job.Name + "-cron", Job.Group);

    public static IReadOnlyList<JobSchedule> From(ScheduleOptions options) =>
    [
        new(EvaluationJob.Definition, options.Evaluation),
        new(DigestJob.Definition, options.Digest),
        new(CampaignJob.Definition, options.Campaign),
    ];

    /// <summary>
    /// The cron trigger. Misfire policy FireAndProceed: a firing missed while the worker was down runs once when it
    /// comes back, then the schedule goes on; several missed firings still give one run (the store's misfire threshold
    /// is one second, <see cref="QuartzStoreSetup"/>, so this holds for short outages too). The clock is passed in
    /// because Quartz computes the start from it; the zone is the register's.
    /// </summary>
    public ITrigger BuildTrigger(TimeProvider clock, TimeZoneInfo zone) => TriggerBuilder.Create(clock)
        .WithIdentity(Trigger)
        .ForJob(Job)
        .WithCronSchedule(Cron, x => x.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
        .Build();
}
