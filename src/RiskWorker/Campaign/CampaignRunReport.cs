using System.Globalization;
using RiskWorker.Mail;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary>What one run of a body's campaign did (the daily job, or <c>campaign run</c>).</summary>
/// <param name="Body">The review body.</param>
/// <param name="Day">The day it ran for (in the register's time zone).</param>
/// <param name="Meeting">The body's meeting that day belongs to; null when none is configured (nothing was done).</param>
/// <param name="Step">The step due that day; null outside the campaign.</param>
/// <param name="Recipients">Everyone the step is for.</param>
/// <param name="Queued">Newly written to the outbox; the others had theirs already.</param>
/// <param name="Sent">What sending the pending mail did; null when there is no meeting.</param>
internal sealed record CampaignRunReport(ReviewBody Body, DateOnly Day, DateOnly? Meeting, CampaignStep? Step, int Recipients, int Queued, SendReport? Sent)
{
    public override string ToString()
    {
        if (Meeting is not { } meeting) return $"No {Body.SettingPrefix}:MeetingDate configured: no campaign on {D(Day)}.";
        var what = Step is { } step
            ? $"{CampaignCalendar.Label(Body.Windows, step)} — {Recipients} recipients, {Queued} queued now, {Recipients - Queued} already queued"
            : $"nothing due yet (requests from {D(CampaignCalendar.Opens(Body.Windows, meeting, CampaignStep.Request))})";
        return $"{Heading(Body)} meeting {D(meeting)}, {D(Day)}: {what}; sent {Sent!.Delivered}, failed {Sent.Failed}, deferred {Sent.Deferred} via {Sent.Destination}.";
    }

    /// <summary>"Council", as the command line always said, or the body's id.</summary>
    public static string Heading(ReviewBody body) => body.IsCouncil ? "Council" : body.Id;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
