using RiskEngine;
using RiskWorker.Notifications.Digest;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Alerts;

/// <summary>
/// The digest reports the latest evaluation dated today (Asia/Bishkek) or earlier, whatever was stored last. The
/// scenario's evaluations are 16, 20 and 23 Nov 2026 (today): risk 1.1 is L4×I4, high, and rising on the 23rd.
/// </summary>
public sealed class DigestAsOfTests
{
    [Fact]
    public async Task ComposeAsync_BackDatedEvaluationStoredLast_StillReportsToday()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);
        await world.StoreAsync(new DateOnly(2026, 10, 1), true, world.Risk("1.1", 1, 2), world.Risk("2.1", 1, 1));

        var model = Quality(await world.Get<DigestComposer>().ComposeAsync(default));

        Assert.Equal((NotifyWorld.Today, new DateOnly(2026, 11, 16)), (model.AsOf, model.ReferenceAsOf));
        var risk = Assert.Single(model.Risks, r => r.Code == "1.1");
        Assert.Equal((16, RiskLevel.High, Movement.Up), (risk.Score, risk.Level, risk.Movement));
    }

    [Fact]
    public async Task ComposeAsync_EvaluationDatedAfterToday_IsNotThisWeeksState()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);
        await world.StoreAsync(new DateOnly(2026, 12, 31), true, world.Risk("1.1", 1, 2), world.Risk("2.1", 1, 1));

        var model = Quality(await world.Get<DigestComposer>().ComposeAsync(default));

        Assert.Equal(NotifyWorld.Today, model.AsOf);
        Assert.Equal(RiskLevel.High, Assert.Single(model.Risks, r => r.Code == "1.1").Level);
    }

    private static DigestModel Quality(IReadOnlyList<Notifications.ComposedMail<DigestModel>> mails) =>
        Assert.Single(mails, m => m.Message.ToAddress == DigestScenario.Quality).Model;
}
