using RiskWorker.Campaign;
using RiskWorker.Reviews;

namespace RiskWorker.Tests.Campaign;

public sealed class CampaignCalendarTests
{
    private static readonly DateOnly Meeting = new(2026, 12, 23);
    private static readonly ReviewBody Council = Body("council", CampaignWindows.Yearly);

    [Theory]
    [InlineData(31, null)]
    [InlineData(30, CampaignStep.Request)]
    [InlineData(15, CampaignStep.Request)]
    [InlineData(14, CampaignStep.Reminder)]
    [InlineData(8, CampaignStep.Reminder)]
    [InlineData(7, CampaignStep.Pack)]
    [InlineData(0, CampaignStep.Pack)]
    [InlineData(-1, null)]
    public void StepOn_DaysBeforeTheMeeting_IsTheStepWhoseWindowHoldsThatDay(int daysBefore, CampaignStep? expected)
    {
        Assert.Equal(expected, CampaignCalendar.StepOn(CampaignWindows.Yearly, Meeting, Meeting.AddDays(-daysBefore)));
    }

    [Fact]
    public void Windows_TileTheMonthBeforeTheMeeting()
    {
        Assert.Equal(
            [(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 8)), (new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 15)), (new DateOnly(2026, 12, 16), Meeting)],
            CampaignCalendar.Steps.Select(s => (CampaignCalendar.Opens(CampaignWindows.Yearly, Meeting, s), CampaignCalendar.LastDay(CampaignWindows.Yearly, Meeting, s))));
    }

    [Fact]
    public void Key_SamePersonAnyCase_IsOneKeyPerMeetingAndStep()
    {
        Assert.Equal("campaign:2026-12-23:t14:a.b@example.org", CampaignCalendar.Key(Council, Meeting, CampaignStep.Reminder, "A.B@Example.org"));
        Assert.NotEqual(CampaignCalendar.Key(Council, Meeting, CampaignStep.Reminder, "a@x.org"), CampaignCalendar.Key(Council, Meeting.AddDays(1), CampaignStep.Reminder, "a@x.org"));
    }

    [Fact]
    public void Key_AnotherBody_HasItsOwnKeysAndKinds()
    {
        var quarterly = Body("sdc", CampaignWindows.Quarterly);

        Assert.Equal("campaign:sdc:2026-12-23:reminder:a@x.org", CampaignCalendar.Key(quarterly, Meeting, CampaignStep.Reminder, "A@x.org"));
        Assert.Equal(("campaign-14", "campaign-sdc-reminder"), (CampaignCalendar.Kind(Council, CampaignStep.Reminder), CampaignCalendar.Kind(quarterly, CampaignStep.Reminder)));
        Assert.False(CampaignCalendar.Key(quarterly, Meeting, CampaignStep.Pack, "a@x.org").StartsWith(CampaignCalendar.Prefix(Council, Meeting), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(22, null)]
    [InlineData(21, CampaignStep.Request)]
    [InlineData(10, CampaignStep.Reminder)]
    [InlineData(5, CampaignStep.Pack)]
    public void StepOn_QuarterlyWindows_FitBetweenMeetings(int daysBefore, CampaignStep? expected)
    {
        Assert.Equal(expected, CampaignCalendar.StepOn(CampaignWindows.Quarterly, Meeting, Meeting.AddDays(-daysBefore)));
    }

    private static ReviewBody Body(string id, CampaignWindows windows) =>
        new(id, RiskEngine.LocalizedText.Same(id), ReviewCadence.Parse(id == "council" ? "yearly" : "quarterly", TimeZoneInfo.Utc)!, Meeting, "s@x.org", null, "ky", [], windows, "Council");
}
