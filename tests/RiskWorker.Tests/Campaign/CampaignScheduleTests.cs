using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RiskWorker.Hosting;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Campaign;

public sealed class CampaignScheduleTests
{
    // Monday 23 Nov 2026 (T-30 of a meeting on 23 Dec), 06:59 in Bishkek.
    private static readonly DateTimeOffset BeforeSeven = new(2026, 11, 23, 0, 59, 0, TimeSpan.Zero);

    [Fact]
    public void BuildTrigger_DefaultCampaign_RunsDailyAt0700BishkekThat0100Utc()
    {
        var clock = new FakeTimeProvider(BeforeSeven);
        var campaign = JobSchedule.From(new ScheduleOptions()).Single(s => s.Job.Equals(CampaignJob.Key));

        var trigger = (ICronTrigger)campaign.BuildTrigger(clock, ShippedRegister.Value.Identity.TimeZone);

        Assert.Equal("0 0 7 * * ?", trigger.CronExpressionString);
        Assert.Equal("Asia/Bishkek", trigger.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(clock.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstructionCode);
    }

    [Fact]
    public void Validate_BadCampaignCron_NamesTheSetting()
    {
        Assert.Contains("Schedule:Campaign 'daily'", Assert.Single(new ScheduleOptions { Campaign = "daily" }.Validate()).In(RiskWorker.Cli.ReaderWords.ShippedEnglish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_At0700BishkekOnT30_RunsTheCampaignJobWhichQueuesTheRequests()
    {
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(BeforeSeven);
        var outbox = new FakeOutbox();
        using var host = TestHost.Build(temp, clock, outbox, new Dictionary<string, string?> { ["Council:MeetingDate"] = "2026-12-23", ["Council:SecretaryEmail"] = "secretary@example.org" });
        await host.Services.GetRequiredService<IOwnerStore>().ReplaceAllAsync(ShippedDemoOwners.All, CancellationToken.None);

        var scheduler = await TestHost.StartAsync(host);
        var job = await scheduler.GetJobDetail(CampaignJob.Key);
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey("campaign-cron", "riskengine")))!;
        clock.Advance(TimeSpan.FromMinutes(2));
        await Eventually.WaitUntilAsync(() => Task.FromResult(outbox.SendRuns > 0));
        await host.StopAsync();

        Assert.True(job!.ConcurrentExecutionDisallowed);
        Assert.Equal(("0 0 7 * * ?", "Asia/Bishkek"), (trigger.CronExpressionString, trigger.TimeZone.Id));
        Assert.Equal(ShippedDemoOwners.All.Count, outbox.Messages.Count);
        Assert.All(outbox.Messages, m => Assert.Equal("campaign-30", m.Kind));
        Assert.Equal(ShippedDemoOwners.All.Select(o => $"campaign:2026-12-23:t30:{o.Email}").Order(StringComparer.Ordinal), outbox.Messages.Select(m => m.Key).Order(StringComparer.Ordinal));
    }
}
