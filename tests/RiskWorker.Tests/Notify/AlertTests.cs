using AngleSharp.Html.Parser;
using RiskEngine;
using RiskWorker.Notifications.Alerts;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Notify;

public sealed class AlertTests
{
    private static readonly DateOnly Day = NotifyWorld.Today;

    [Fact]
    public void Detect_LevelRises_AlertsRise()
    {
        using var world = new NotifyWorld();

        // Category 5 has appetite 10: 6 is medium, 10 is high and still within appetite.
        var changes = AlertDetector.Detect(Eval(world, world.Risk("5.1", 2, 5)), Eval(world, world.Risk("5.1", 2, 3)));

        var change = Assert.Single(changes);
        Assert.Equal((true, false, false), (change.LevelRose, change.BecameAboveAppetite, change.BecameCritical));
        Assert.Equal((RiskLevel.Medium, RiskLevel.High), (change.Before!.Level, change.After.Level));
    }

    [Fact]
    public void Detect_CrossesAppetiteWithinOneLevel_AlertsAppetiteOnly()
    {
        using var world = new NotifyWorld();
        // Category 5 has appetite 10: 10 is high and within appetite, 12 is high and above it.

        var change = Assert.Single(AlertDetector.Detect(Eval(world, world.Risk("5.1", 3, 4)), Eval(world, world.Risk("5.1", 2, 5))));

        Assert.Equal((false, true, false), (change.LevelRose, change.BecameAboveAppetite, change.BecameCritical));
    }

    [Fact]
    public void Detect_BecomesCritical_AlertsRiseAndCritical()
    {
        using var world = new NotifyWorld();

        var change = Assert.Single(AlertDetector.Detect(Eval(world, world.Risk("2.1", 5, 4)), Eval(world, world.Risk("2.1", 4, 4))));

        Assert.Equal((true, false, true), (change.LevelRose, change.BecameAboveAppetite, change.BecameCritical));
    }

    [Fact]
    public void Detect_FallingOrUnchanged_AlertsNothing()
    {
        using var world = new NotifyWorld();

        Assert.Empty(AlertDetector.Detect(Eval(world, world.Risk("1.1", 2, 2), world.Risk("2.1", 5, 4)), Eval(world, world.Risk("1.1", 4, 4), world.Risk("2.1", 5, 4))));
    }

    [Fact]
    public void Detect_NoPreviousEvaluation_AlertsOnlyAboveAppetiteAndCritical()
    {
        using var world = new NotifyWorld();

        var changes = AlertDetector.Detect(Eval(world, world.Risk("1.1", 2, 2), world.Risk("5.1", 3, 4), world.Risk("2.1", 5, 5)), null);

        Assert.Equal(["5.1", "2.1"], changes.Select(c => c.After.Code));
        Assert.All(changes, c => Assert.False(c.LevelRose));
    }

    [Fact]
    public async Task DispatchAsync_Rise_OneMailPerOwnerWithOldNewLevelAndReasons()
    {
        using var world = new NotifyWorld();
        await world.OwnersAsync(
            new Owner("Елена", "ru@example.org", "ru", ["quality-licensing-office", "vice-rector-academic"]),
            new Owner("Dean One", "dean1@example.org", "en", ["deans"]),
            new Owner("Dean Two", "dean2@example.org", "ky", ["deans"]));
        await world.StoreAsync(Day.AddDays(-1), true, world.Risk("1.1", 2, 3));
        await world.StoreAsync(Day, true, world.Risk("1.1", 4, 4, reasons: [DigestScenario.AccreditationReason]));

        var report = await world.Get<AlertDispatcher>().DispatchAsync(default);

        Assert.Equal((1, 3, 3), (report.Risks, report.Composed, report.Queued));
        var ru = Assert.Single(world.Outbox.Messages, m => m.ToAddress == "ru@example.org");
        Assert.Equal("[ИЛЛЮСТРАЦИЯ] Оповещение о риске 1.1: средний → высокий", ru.Subject);
        Assert.Equal("alert:ru@example.org:1.1:high:2026-11-23.from-medium.over", ru.Key);
        var html = new HtmlParser().ParseDocument(ru.HtmlBody);
        Assert.Equal(["medium", "high"], html.QuerySelectorAll("[data-role='levels'] [data-level]").Select(e => e.GetAttribute("data-level")));
        Assert.Equal("6 (2×3) → 16 (4×4)", string.Join(' ', html.QuerySelector("[data-role='score']")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Уровень вырос: средний → высокий.", html.QuerySelector("[data-section='triggers']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Аккредитация 31,5% (ru)", world.Register.FindIndicator("EDU_INTL_ACCREDITED")!.Name.Get("ru"), "ОшТУ", "31,5", "50", "-18,5", "В = 4"],
            html.QuerySelectorAll("tr[data-rule] td").Select(td => td.TextContent));
        Assert.Equal("Risk alert 1.1: medium → high", Assert.Single(world.Outbox.Messages, m => m.ToAddress == "dean1@example.org").Subject.Replace("[ILLUSTRATIVE] ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchAsync_SameRiseSeenAgain_IsNeverAlertedTwice()
    {
        using var world = new NotifyWorld();
        await world.OwnersAsync(new Owner("Vice", "vr@example.org", "ky", ["vice-rector-academic"]));
        var dispatcher = world.Get<AlertDispatcher>();
        await world.StoreAsync(Day.AddDays(-1), false, world.Risk("1.1", 2, 3));
        await world.StoreAsync(Day, false, world.Risk("1.1", 4, 4));
        var first = await dispatcher.DispatchAsync(default);
        var rerun = await dispatcher.DispatchAsync(default);
        // The day is evaluated again after a data fix: it dips, then shows the same rise from the same level.
        await world.StoreAsync(Day, false, world.Risk("1.1", 2, 3));
        await world.StoreAsync(Day, false, world.Risk("1.1", 4, 4));
        var reEvaluated = await dispatcher.DispatchAsync(default);

        // Two recipients: the vice-rector, and the fallback for the deans and quality office nobody holds here.
        Assert.Equal((2, 0, 0), (first.Queued, rerun.Queued, reEvaluated.Queued));
        // The rerun finds nothing after the watermark; the re-evaluation composes the rise again, under the same keys.
        Assert.Equal((0, 2), (rerun.Composed, reEvaluated.Composed));
        Assert.Equal(2, world.Outbox.Messages.Count);
    }

    [Fact]
    public async Task DispatchAsync_NewRiseOnALaterDay_IsAlertedAgain()
    {
        using var world = new NotifyWorld();
        await world.OwnersAsync(new Owner("Vice", "vr@example.org", "ky", ["vice-rector-academic"]));
        var dispatcher = world.Get<AlertDispatcher>();
        await world.StoreAsync(Day.AddDays(-2), false, world.Risk("1.1", 2, 3));
        await world.StoreAsync(Day.AddDays(-1), false, world.Risk("1.1", 4, 4));
        await dispatcher.DispatchAsync(default);
        await world.StoreAsync(Day, false, world.Risk("1.1", 2, 3));
        await dispatcher.DispatchAsync(default);
        world.Clock.Advance(TimeSpan.FromDays(1));
        await world.StoreAsync(Day.AddDays(1), false, world.Risk("1.1", 4, 4));

        var again = await dispatcher.DispatchAsync(default);

        Assert.Equal(2, again.Queued);
        Assert.Equal(["alert:vr@example.org:1.1:high:2026-11-22.from-medium.over", "alert:vr@example.org:1.1:high:2026-11-24.from-medium.over"],
            world.Outbox.Messages.Where(m => m.ToAddress == "vr@example.org").Select(m => m.Key).Order(StringComparer.Ordinal));
    }

    private static Evaluation Eval(NotifyWorld world, params RiskAssessment[] risks) => new(1, Day, world.Clock.GetUtcNow(), "v", false, risks);
}
