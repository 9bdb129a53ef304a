using RiskWorker.Campaign;

namespace RiskWorker.Tests.Campaign;

public sealed class CampaignCalendarTests
{
    private static readonly DateOnly Meeting = new(2026, 12, 23);

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
        Assert.Equal(expected, CampaignCalendar.StepOn(Meeting, Meeting.AddDays(-daysBefore)));
    }

    [Fact]
    public void Windows_TileTheMonthBeforeTheMeeting()
    {
        Assert.Equal(
            [(new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 8)), (new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 15)), (new DateOnly(2026, 12, 16), Meeting)],
            CampaignCalendar.Steps.Select(s => (CampaignCalendar.Opens(Meeting, s), CampaignCalendar.LastDay(Meeting, s))));
    }

    [Fact]
    public void Key_SamePersonAnyCase_IsOneKeyPerMeetingAndStep()
    {
        Assert.Equal("campaign:2026-12-23:t14:a.b@example.org", CampaignCalendar.Key(Meeting, CampaignStep.Reminder, "A.B@Example.org"));
        Assert.NotEqual(CampaignCalendar.Key(Meeting, CampaignStep.Reminder, "a@x.org"), CampaignCalendar.Key(Meeting.AddDays(1), CampaignStep.Reminder, "a@x.org"));
    }
}
