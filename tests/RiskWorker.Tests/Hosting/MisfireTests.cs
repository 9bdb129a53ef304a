using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RiskEngine;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Hosting;

/// <summary>
/// The README's promise: a firing missed while the worker was down runs once when it comes back. With Quartz's
/// default 60 s misfire threshold an outage shorter than that replayed every missed fire time in a burst.
/// </summary>
public sealed class MisfireTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Host_DownForFortySecondsWithAnEvaluationEveryTen_EvaluatesOnceOnReturn(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        var clock = new FakeTimeProvider(Sunday.AddSeconds(1)); // just after a fire time, so the first host fires nothing
        var everyTenSeconds = new Dictionary<string, string?> { ["Schedule:Evaluation"] = "0/10 * * * * ?" };
        using (var first = TestHost.Build(temp, clock, new FakeOutbox(), everyTenSeconds, database: database.Setting))
        {
            await TestHost.StartAsync(first);
            await first.StopAsync();
        }

        // Four fire times (12:00:10 … 12:00:40) pass while it is down, less than Quartz's default 60 s misfire threshold.
        // Quartz waits real time for the next one (12:00:50, 8 s away), so whatever runs at once is the catch-up.
        clock.Advance(TimeSpan.FromSeconds(41));
        var logs = new CapturedLogs();
        using var second = TestHost.Build(temp, clock, new FakeOutbox(), everyTenSeconds, logs, database.Setting);
        var scheduler = await TestHost.StartAsync(second);
        await Eventually.WaitUntilAsync(() => logs.Lines.Any(l => l.Contains("Evaluation #", StringComparison.Ordinal)));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a burst (the defect) ran every missed fire time back to back, within this
        var stored = await CountEvaluationsAsync(second.Services);
        var next = (await scheduler.GetTrigger(new TriggerKey("evaluation-cron", "riskengine")))!.NextFireTimeUtc;
        await second.StopAsync();

        Assert.True(stored == 1, $"{stored} evaluations stored:\n{logs.All}");
        Assert.Equal(Sunday.AddSeconds(50), next);
    }

    private static async Task<int> CountEvaluationsAsync(IServiceProvider services)
    {
        var history = services.GetRequiredService<IAssessmentHistory>();
        var count = 0;
        for (var latest = await history.GetLatestAsync(); latest is not null; latest = await history.GetPreviousAsync(latest.Id!.Value)) count++;
        return count;
    }
}
