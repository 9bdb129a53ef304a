using RiskWorker.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RiskWorker.Hosting;

namespace RiskWorker.Tests.Notify;

public sealed class ScheduleTests
{
    // Sunday 22 Nov 2026, 18:00 in Bishkek (UTC+6).
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void BuildTrigger_DefaultDigest_NextFireIsMonday0800BishkekThat0200Utc()
    {
        var clock = new FakeTimeProvider(Sunday);
        var digest = JobSchedule.From(new ScheduleOptions()).Single(s => s.Job.Equals(DigestJob.Key));

        var trigger = (ICronTrigger)digest.BuildTrigger(clock, ShippedRegister.Value.Identity.TimeZone);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(clock.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Asia/Bishkek", trigger.TimeZone.Id);
        Assert.Equal(Sunday, trigger.StartTimeUtc);
        Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstructionCode);
    }

    [Fact]
    public void BuildTrigger_DefaultEvaluation_RunsDailyAt0600BishkekThat0000Utc()
    {
        var clock = new FakeTimeProvider(Sunday);
        var evaluation = JobSchedule.From(new ScheduleOptions()).Single(s => s.Job.Equals(EvaluationJob.Key));

        var trigger = evaluation.BuildTrigger(clock, ShippedRegister.Value.Identity.TimeZone);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(clock.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Validate_BadCron_NamesTheSetting()
    {
        var failures = new ScheduleOptions { Digest = "every monday" }.Validate();

        Assert.Contains("Schedule:Digest 'every monday'", Assert.Single(failures).In(RiskWorker.Cli.ReaderWords.ShippedEnglish), StringComparison.Ordinal);
    }

    [Fact]
    public void StoreFileFor_Default_IsBesideTheDatabase()
    {
        Assert.Equal(Path.Combine("data", "riskengine.quartz.db"), new ScheduleOptions().StoreFileFor(Path.Combine("data", "riskengine.db")));
    }
}
