using RiskWorker.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskEngine.Storage;
using RiskWorker.Cli;
using RiskWorker.Notifications.Alerts;
using RiskWorker.Owners;
using RiskWorker.Storage;
using RiskWorker.Tests.Alerts.Support;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Alerts;

/// <summary>
/// Which evaluations the alert job compares: each one after the dispatch watermark, against the one before it by
/// date, whoever stored it. Risk 5.1 (appetite 10): L2×I3 is medium, L2×I5 is high, both within appetite, so the
/// only alert is the level's rise. The clock starts on Monday 23 Nov 2026, 09:00 in Bishkek.
/// </summary>
public sealed class AlertDispatchOrderTests
{
    private const string Rector = "rector@example.org";
    private static readonly DateOnly Monday = NotifyWorld.Today;

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task DispatchAsync_BackDatedEvaluateBetweenRuns_DoesNotAlertTheSameRiseAgain(TestStore store)
    {
        using var world = await AfterMondaysDispatchAsync(store);
        await StoreTodayAsync(world, High);
        var rise = await Dispatcher(world).DispatchAsync(default);
        // Someone re-rates a past month by hand (`evaluate --as-of`): medium then, stored after Tuesday's high.
        await world.StoreAsync(new DateOnly(2026, 10, 1), false, Medium(world));
        world.Clock.Advance(TimeSpan.FromDays(1));
        await StoreTodayAsync(world, High);

        var stillHigh = await Dispatcher(world).DispatchAsync(default);

        Assert.Equal((1, 2), (rise.Risks, rise.Queued));
        Assert.Equal((0, 0), (stillHigh.Risks, stillHigh.Queued));
        Assert.Equal(Monday.AddDays(2), Assert.Single(stillHigh.Batches).AsOf);
        Assert.Equal(["alert:rector@example.org:5.1:high:2026-11-24.from-medium.within"], RectorKeys(world));
        Assert.Equal(["2026-11-23", "2026-11-24", "2026-11-25"], await DispatchedDatesAsync(world));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task DispatchAsync_RiseFirstSeenByAManualEvaluate_IsAlertedByTheNextScheduledRun(TestStore store)
    {
        using var world = await AfterMondaysDispatchAsync(store);
        // Tuesday afternoon `evaluate` sees the rise and stores it without dispatching; Wednesday's run is still high.
        await StoreTodayAsync(world, High);
        world.Clock.Advance(TimeSpan.FromDays(1));
        await StoreTodayAsync(world, High);

        var next = await Dispatcher(world).DispatchAsync(default);

        Assert.Equal([Monday.AddDays(1), Monday.AddDays(2)], next.Batches.Select(b => b.AsOf));
        Assert.Equal(((long?)1, (long?)2), (next.Batches[0].ComparedWith, next.Batches[1].ComparedWith));
        Assert.Equal((1, 2), (next.Risks, next.Queued));
        Assert.Equal(["alert:rector@example.org:5.1:high:2026-11-24.from-medium.within"], RectorKeys(world));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task DispatchAsync_ProcessDiedBeforeTriggeringTheDispatch_NextRunAlertsTheRise(TestStore store)
    {
        using var world = await AfterMondaysDispatchAsync(store);
        await StoreTodayAsync(world, High);
        // The worker dies here, after the evaluation was stored and before the alert job was triggered.
        world.Clock.Advance(TimeSpan.FromDays(1));
        await StoreTodayAsync(world, High);

        var next = await Dispatcher(world).DispatchAsync(default);

        Assert.Equal((2, 1, 2), (next.Batches.Count, next.Risks, next.Queued));
        Assert.Equal(["alert:rector@example.org:5.1:high:2026-11-24.from-medium.within"], RectorKeys(world));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task DispatchAsync_CrashAfterQueueingPartOfTheMails_NextRunQueuesTheRestOnceAndRecordsIt(TestStore store)
    {
        using var world = await AfterMondaysDispatchAsync(store);
        await StoreTodayAsync(world, High);
        var crashing = new CrashingOutbox(world.Outbox, enqueuesBeforeCrash: 1);

        await Assert.ThrowsAsync<IOException>(() => Dispatcher(world, crashing).DispatchAsync(default));
        var queuedBeforeCrash = world.Outbox.Messages.Count;
        var recordedBeforeCrash = await DispatchedDatesAsync(world);
        var next = await Dispatcher(world).DispatchAsync(default);
        var rerun = await Dispatcher(world).DispatchAsync(default);

        Assert.Equal(1, queuedBeforeCrash);
        Assert.Equal(["2026-11-23"], recordedBeforeCrash);
        Assert.Equal((2, 1), (next.Composed, next.Queued));
        Assert.Equal((0, 0), (rerun.Batches.Count, rerun.Queued));
        Assert.Equal(2, world.Outbox.Messages.Count);
        Assert.Equal(["2026-11-23", "2026-11-24"], await DispatchedDatesAsync(world));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task DispatchAsync_FirstRunOverALongHistory_ComparesOnlyTheNewestWithItsPrevious(TestStore store)
    {
        using var world = await WorldAsync(store);
        await world.StoreAsync(Monday.AddDays(-3), false, Medium(world));
        await world.StoreAsync(Monday.AddDays(-2), false, High(world));
        await world.StoreAsync(Monday.AddDays(-1), false, Medium(world));
        await world.StoreAsync(Monday, false, Medium(world));

        var first = await Dispatcher(world).DispatchAsync(default);
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.StoreAsync(Monday.AddDays(1), false, High(world));
        var second = await Dispatcher(world).DispatchAsync(default);

        Assert.Equal((Monday, (long?)3, 0), (Assert.Single(first.Batches).AsOf, first.Batches[0].ComparedWith, first.Queued));
        Assert.Equal((Monday.AddDays(1), 1), (Assert.Single(second.Batches).AsOf, second.Risks));
        Assert.Equal(["alert:rector@example.org:5.1:high:2026-11-24.from-medium.within"], RectorKeys(world));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task DispatchAsync_EvaluationDatedAfterToday_WaitsForItsDay(TestStore store)
    {
        using var world = await AfterMondaysDispatchAsync(store);
        await world.StoreAsync(Monday.AddDays(7), false, High(world));

        var today = await Dispatcher(world).DispatchAsync(default);
        world.Clock.Advance(TimeSpan.FromDays(1));
        await StoreTodayAsync(world, Medium);
        var tomorrow = await Dispatcher(world).DispatchAsync(default);
        world.Clock.Advance(TimeSpan.FromDays(5));
        var weekLater = await Dispatcher(world).DispatchAsync(default);

        Assert.Equal((0, 1), (today.Batches.Count, tomorrow.Batches.Count));
        Assert.Equal((Monday.AddDays(7), 1), (Assert.Single(weekLater.Batches).AsOf, weekLater.Risks));
        Assert.Equal(["alert:rector@example.org:5.1:high:2026-11-30.from-medium.within"], RectorKeys(world));
    }

    /// <summary>Monday's evaluation (5.1 medium) stored and alerted by the scheduled run; the clock then moved to Tuesday.</summary>
    private static async Task<NotifyWorld> AfterMondaysDispatchAsync(TestStore store)
    {
        var world = await WorldAsync(store);
        await world.StoreAsync(Monday, false, Medium(world));
        await Dispatcher(world).DispatchAsync(default);
        world.Clock.Advance(TimeSpan.FromDays(1));
        return world;
    }

    private static Task StoreTodayAsync(NotifyWorld world, Func<NotifyWorld, RiskAssessment> risk) =>
        world.StoreAsync(ShippedRegister.Value.Identity.Today(world.Clock), false, risk(world));

    private static RiskAssessment Medium(NotifyWorld world) => world.Risk("5.1", 2, 3);

    private static RiskAssessment High(NotifyWorld world) => world.Risk("5.1", 2, 5);

    private static async Task<NotifyWorld> WorldAsync(TestStore store)
    {
        var world = new NotifyWorld(store: store);
        await world.OwnersAsync(new Owner("Rector", Rector, "ky", ["rectorate"]));
        return world;
    }

    private static AlertDispatcher Dispatcher(NotifyWorld world, CrashingOutbox? outbox = null) =>
        outbox is null ? world.Get<AlertDispatcher>() : ActivatorUtilities.CreateInstance<AlertDispatcher>(world.Services, outbox);

    private static List<string> RectorKeys(NotifyWorld world) =>
        world.Outbox.Messages.Where(m => m.ToAddress == Rector).Select(m => m.Key).Order(StringComparer.Ordinal).ToList();

    private static async Task<List<string>> DispatchedDatesAsync(NotifyWorld world)
    {
        await using var c = await world.Get<WorkerDatabase>().OpenAsync(default);
        return (await c.QueryAsync<string>("SELECT CAST(as_of AS text) FROM alert_dispatches ORDER BY as_of, evaluation_id")).ToList();
    }
}
