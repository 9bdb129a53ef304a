using RiskWorker.Notifications;

namespace RiskWorker.Campaign;

/// <summary>
/// The one owner of the campaign's windows: T-30…T-15 requests, T-14…T-8 reminders, T-7 up to the meeting day the
/// pack. A step goes out on whichever day of its window the campaign first runs, so a day the worker was down loses
/// no mailing; the outbox key (meeting, step, person) keeps it to once.
/// </summary>
internal static class CampaignCalendar
{
    public static IReadOnlyList<CampaignStep> Steps { get; } = [CampaignStep.Request, CampaignStep.Reminder, CampaignStep.Pack];

    /// <summary>The step whose window holds <paramref name="day"/>; null before T-30 and after the meeting.</summary>
    public static CampaignStep? StepOn(DateOnly meeting, DateOnly day)
    {
        var before = meeting.DayNumber - day.DayNumber;
        return before is < 0 or > (int)CampaignStep.Request ? null : Steps.Last(s => before <= (int)s);
    }

    public static DateOnly Opens(DateOnly meeting, CampaignStep step) => meeting.AddDays(-(int)step);

    public static DateOnly LastDay(DateOnly meeting, CampaignStep step) => step switch
    {
        CampaignStep.Request => Opens(meeting, CampaignStep.Reminder).AddDays(-1),
        CampaignStep.Reminder => Opens(meeting, CampaignStep.Pack).AddDays(-1),
        _ => meeting,
    };

    /// <summary>The outbox kind: <c>campaign-30</c>, <c>campaign-14</c>, <c>campaign-7</c>.</summary>
    public static string Kind(CampaignStep step) => $"campaign-{(int)step}";

    public static string Key(DateOnly meeting, CampaignStep step, string email) => OutboxKeys.Campaign(meeting, (int)step, email);

    /// <summary>How the command line and the log name a step.</summary>
    public static string Label(CampaignStep step) => step switch
    {
        CampaignStep.Request => "T-30 requests",
        CampaignStep.Reminder => "T-14 reminders",
        _ => "T-7 review packs",
    };
}
