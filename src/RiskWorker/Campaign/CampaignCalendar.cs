using RiskEngine;
using RiskWorker.Notifications;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary>
/// The one owner of the campaign's windows: with the body's windows (the Council's are T-30…T-15 requests, T-14…T-8
/// reminders, T-7 up to the meeting day the pack). A step goes out on whichever day of its window the campaign first
/// runs, so a day the worker was down loses no mailing; the outbox key (body, meeting, step, person) keeps it to once.
/// </summary>
internal static class CampaignCalendar
{
    public static IReadOnlyList<CampaignStep> Steps { get; } = [CampaignStep.Request, CampaignStep.Reminder, CampaignStep.Pack];

    /// <summary>The step whose window holds <paramref name="day"/>; null before the requests open and after the meeting.</summary>
    public static CampaignStep? StepOn(CampaignWindows windows, DateOnly meeting, DateOnly day)
    {
        var before = meeting.DayNumber - day.DayNumber;
        return before < 0 || before > windows.Request ? null : Steps.Last(s => before <= DaysBefore(windows, s));
    }

    public static DateOnly Opens(CampaignWindows windows, DateOnly meeting, CampaignStep step) => meeting.AddDays(-DaysBefore(windows, step));

    public static DateOnly LastDay(CampaignWindows windows, DateOnly meeting, CampaignStep step) => step switch
    {
        CampaignStep.Request => Opens(windows, meeting, CampaignStep.Reminder).AddDays(-1),
        CampaignStep.Reminder => Opens(windows, meeting, CampaignStep.Pack).AddDays(-1),
        _ => meeting,
    };

    public static int DaysBefore(CampaignWindows windows, CampaignStep step) => step switch
    {
        CampaignStep.Request => windows.Request,
        CampaignStep.Reminder => windows.Reminder,
        _ => windows.Pack,
    };

    /// <summary>The outbox kind: the Council's <c>campaign-30</c>, <c>campaign-14</c>, <c>campaign-7</c>; another body's <c>campaign-ID-request</c>….</summary>
    public static string Kind(ReviewBody body, CampaignStep step) =>
        body.IsCouncil ? $"campaign-{(int)step}" : $"campaign-{body.Id}-{step.ToString().ToLowerInvariant()}";

    /// <summary>The Council's keys are those it always had (whatever its windows), so nothing already sent is sent again.</summary>
    public static string Key(ReviewBody body, DateOnly meeting, CampaignStep step, string email) => body.IsCouncil
        ? OutboxKeys.Campaign(meeting, (int)step, email)
        : OutboxKeys.BodyCampaign(body.Id, meeting, step.ToString().ToLowerInvariant(), email);

    public static string Prefix(ReviewBody body, DateOnly meeting) => body.IsCouncil ? OutboxKeys.CampaignPrefix(meeting) : OutboxKeys.BodyCampaignPrefix(body.Id, meeting);

    /// <summary>How the command line and the log name a step, e.g. "T-30 requests".</summary>
    public static string Label(Words words, CampaignWindows windows, CampaignStep step) => step switch
    {
        CampaignStep.Request => words.Format("cli.campaign.step.request", ("days", windows.Request)),
        CampaignStep.Reminder => words.Format("cli.campaign.step.reminder", ("days", windows.Reminder)),
        _ => words.Format("cli.campaign.step.pack", ("days", windows.Pack)),
    };
}
