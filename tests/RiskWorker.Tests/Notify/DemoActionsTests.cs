using RiskWorker.Demo;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>The demo's actions are dated from today, so a digest always has some overdue and some due within 14 days.</summary>
public sealed class DemoActionsTests
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
}
