using System.Globalization;
using Quartz;

namespace RiskWorker.Hosting;

/// <summary>
/// The name of one scheduled firing, the same on its first run and on the run Quartz recovers after the worker died:
/// the trigger and the time it was scheduled for, e.g. <c>riskengine.evaluation-cron@2026-12-07T03:00:00Z</c>.
/// </summary>
internal static class FiringName
{
    /// <summary>A recovering run has a trigger of Quartz's own (group <c>RECOVERING_JOBS</c>, started at the original's fire time); the original's key and scheduled time travel in its data map.</summary>
    public static string Of(IJobExecutionContext context)
    {
        if (context.Recovering && context.RecoveringTriggerKey is { } original
            && context.MergedJobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) is { } scheduled
            && DateTimeOffset.TryParse(scheduled, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return Format(original, at);
        return Format(context.Trigger.Key, context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
    }

    // Whole seconds: Quartz writes the recovered scheduled time to the data map without its fraction.
    private static string Format(TriggerKey trigger, DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return string.Create(CultureInfo.InvariantCulture, $"{trigger.Group}.{trigger.Name}@{utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)):yyyy-MM-ddTHH:mm:ssZ}");
    }
}
