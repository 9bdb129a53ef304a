using RiskWorker.Demo;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Demo;

/// <summary>The illustrative data set: believable counts, actions dated from today so a digest always has some overdue and some due within 14 days.</summary>
public sealed class DemoDataSetTests
{
    [Theory]
    [InlineData(2026, 11, 23)]
    [InlineData(2031, 2, 28)]
    public void Actions_AnyToday_SomeOverdueSomeDueWithinAWeekTheRestLater(int year, int month, int day)
    {
        using var world = new NotifyWorld();
        var today = new DateOnly(year, month, day);

        var actions = new DemoDataSet(world.Register).Actions(today);

        var open = actions.Where(a => a.Status != "done").ToList();
        Assert.Contains(open, a => a.IsOverdue(today) && a.Due == today.AddDays(-21));
        Assert.Contains(open, a => a.Due == today.AddDays(7));
        Assert.Contains(open, a => a.Due > today.AddDays(14));
        Assert.All(actions.Where(a => a.Status == "done"), a => Assert.True(a.DoneOn <= today));
    }

    [Fact]
    public void Observations_CountIndicators_AreWholeNumbers()
    {
        using var world = new NotifyWorld();

        var counts = new DemoDataSet(world.Register).Observations().Where(o => world.Register.FindIndicator(o.Indicator)!.Unit == "count").ToList();

        Assert.NotEmpty(counts);
        Assert.All(counts, o => Assert.True(o.Value == Math.Round(o.Value), $"{o.Indicator} {o.Period} {o.Scope}: {o.Value}"));
    }
}
