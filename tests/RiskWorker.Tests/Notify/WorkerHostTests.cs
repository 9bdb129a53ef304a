using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RiskWorker.Hosting;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

public sealed class WorkerHostTests
{
    // Sunday 22 Nov 2026, 18:00 in Bishkek.
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Host_Start_SchedulesItsJobsInBishkekAndStopsCleanly()
    {
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(Sunday);
        using var host = TestHost.Build(temp, clock, new FakeOutbox());

        var scheduler = await TestHost.StartAsync(host);
        var jobs = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals("riskengine") });
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals("riskengine") });
        var digest = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey("digest-cron", "riskengine")))!;
        var evaluation = triggers.Items.Single(t => t.JobKey.Equals(EvaluationJob.Key));
        await host.StopAsync();

        Assert.Equal(SchedulerStatus.Shutdown, await scheduler.GetStatus());
        Assert.Equal(["alerts", "campaign", "digest", "evaluation"], jobs.Items.Select(j => j.Key.Name).Order(StringComparer.Ordinal));
        Assert.All(jobs.Items, j => Assert.True(j.ConcurrentExecutionDisallowed, j.Key + " may run twice at once"));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), digest.NextFireTimeUtc);
        Assert.Equal("Asia/Bishkek", digest.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), evaluation.NextFireTimeUtc);
        Assert.DoesNotContain(triggers.Items, t => t.JobKey.Equals(AlertJob.Key));
        await using var quartz = new SqliteConnection($"Data Source={temp.File("r.quartz.db")}");
        Assert.Equal(3, await quartz.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS WHERE TIME_ZONE_ID = 'Asia/Bishkek'"));
    }

    [Fact]
    public async Task Host_MondayDigestMissedWhileDown_FiresOnceOnReturnThenWaitsForNextMonday()
    {
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(Sunday);
        var outbox = new FakeOutbox();
        // Evaluation on Saturdays only, so the one job due while the worker is down is Monday's digest.
        var saturdayEvaluation = new Dictionary<string, string?> { ["Schedule:Evaluation"] = "0 0 6 ? * SAT" };
        using (var first = TestHost.Build(temp, clock, outbox, saturdayEvaluation))
        {
            await HostDemo.SeedAsync(first.Services);
            await first.StartAsync();
            await first.StopAsync();
        }

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero)); // Monday 11:00 Bishkek: 08:00 was missed.
        using var second = TestHost.Build(temp, clock, outbox, saturdayEvaluation);
        await second.StartAsync();
        await Eventually.WaitUntilAsync(() => outbox.SendRuns > 0);
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.WaitUntilAsync(async () => (await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Count == 0);
        var digest = (await scheduler.GetTrigger(new TriggerKey("digest-cron", "riskengine")))!;
        await second.StopAsync();

        Assert.Equal(1, outbox.SendRuns);
        Assert.Equal(ShippedDemoOwners.All.Count, outbox.Messages.Count(m => m.Kind == "digest" && m.Key.EndsWith(":2026-W48", StringComparison.Ordinal)));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero), digest.NextFireTimeUtc);
    }

    [Fact]
    public async Task Host_RestartWithAnotherDigestCron_ReplacesTheStoredTriggerAndSaysSo()
    {
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(Sunday);
        using (var first = TestHost.Build(temp, clock, new FakeOutbox()))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        var logs = new CapturedLogs();
        var tuesday = new Dictionary<string, string?> { ["Schedule:Digest"] = "0 30 9 ? * TUE" };
        using var second = TestHost.Build(temp, clock, new FakeOutbox(), tuesday, logs);
        await second.StartAsync();
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var digest = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey("digest-cron", "riskengine")))!;
        await second.StopAsync();

        Assert.Equal("0 30 9 ? * TUE", digest.CronExpressionString);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero), digest.NextFireTimeUtc);
        Assert.Contains(logs.Lines, l => l.Contains("Job digest scheduled '0 30 9 ? * TUE'", StringComparison.Ordinal) && l.Contains("(replaced trigger)", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Job evaluation scheduled", StringComparison.Ordinal) && l.Contains("(kept trigger)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_StopDuringARunningJob_WaitsForItToFinish()
    {
        using var temp = new TempDirectory();
        var outbox = new BlockingOutbox();
        using var host = TestHost.Build(temp, new FakeTimeProvider(Sunday), outbox);
        await HostDemo.SeedAsync(host.Services);
        var scheduler = await TestHost.StartAsync(host);
        await scheduler.TriggerJob(DigestJob.Key);
        await outbox.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = host.StopAsync();
        await Task.Delay(300);
        var stoppedWhileRunning = stopping.IsCompleted;
        outbox.Release();
        await stopping;

        Assert.False(stoppedWhileRunning, "the host stopped while the digest job was still sending");
        Assert.True(outbox.Finished);
    }
}
