using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RiskEngine;
using RiskWorker.Hosting;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Alerts;

/// <summary>The scheduled chain as the service runs it: evaluation job, then the alert job it queues, each logging what it did.</summary>
public sealed class EvaluationChainHostTests
{
    // Monday 23 Nov 2026, 05:30 in Bishkek: the 06:00 evaluation is half an hour away.
    private static readonly DateTimeOffset BeforeSix = new(2026, 11, 22, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Host_EvaluationJobFindsARise_AlertJobQueuesTheAlertsAndBothLogWhatTheyDid()
    {
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(BeforeSix);
        var outbox = new FakeOutbox();
        var logs = new CapturedLogs();
        using var host = TestHost.Build(temp, clock, outbox, logs: logs);
        var register = host.Services.GetRequiredService<IRiskRegister>();
        await HostDemo.SeedAsync(host.Services);
        // Every risk now has an overdue action: each likelihood rises above its register default.
        await host.Services.GetRequiredService<IMitigationActionStore>().ReplaceAllAsync(
            register.Risks.Select(r => new MitigationAction(r.Code, "Late action", r.Owners.FirstOrDefault() ?? "rectorate", new DateOnly(2026, 11, 1), "planned")).ToList());

        var scheduler = await TestHost.StartAsync(host);
        await scheduler.TriggerJob(EvaluationJob.Key);
        await Eventually.WaitUntilAsync(() => outbox.SendRuns > 0 && logs.All.Contains("Alerts for evaluation #2", StringComparison.Ordinal));
        await host.StopAsync();

        var alerts = outbox.Messages.Where(m => m.Kind == "alert").ToList();
        Assert.NotEmpty(alerts);
        Assert.All(alerts, a => Assert.StartsWith("alert:", a.Key, StringComparison.Ordinal));
        Assert.Contains("Evaluation #2 as of 2026-11-23: 11 risks rated", logs.All, StringComparison.Ordinal);
        Assert.Matches(@"Alerts for evaluation #2 as of 2026-11-23 against #1: [1-9]\d* risk\(s\) rose", logs.All);
    }
}
