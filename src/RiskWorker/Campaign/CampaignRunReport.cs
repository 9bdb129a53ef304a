using System.Globalization;
using RiskWorker.Mail;

namespace RiskWorker.Campaign;

/// <summary>What one run of the campaign did (the daily job, or <c>campaign run</c>).</summary>
/// <param name="Day">The day it ran for (in the register's time zone).</param>
/// <param name="Meeting">The configured meeting; null when there is none (nothing was done).</param>
/// <param name="Step">The step due that day; null outside the campaign.</param>
/// <param name="Recipients">Everyone the step is for.</param>
/// <param name="Queued">Newly written to the outbox; the others had theirs already.</param>
/// <param name="Sent">What sending the pending mail did; null when there is no meeting.</param>
internal sealed record CampaignRunReport(DateOnly Day, DateOnly? Meeting, CampaignStep? Step, int Recipients, int Queued, SendReport? Sent)
{
    public override string ToString()
    {
        if (Meeting is not { } meeting) return $"No Council:MeetingDate configured: no campaign on {D(Day)}.";
        var what = Step is { } step
            ? $"{CampaignCalendar.Label(step)} — {Recipients} recipients, {Queued} queued now, {Recipients - Queued} already queued"
            : Day < CampaignCalendar.Opens(meeting, CampaignStep.Request) ? $"nothing due yet (requests from {D(CampaignCalendar.Opens(meeting, CampaignStep.Request))})" : "the campaign is over";
        return $"Council meeting {D(meeting)}, {D(Day)}: {what}; sent {Sent!.Delivered}, failed {Sent.Failed}, deferred {Sent.Deferred} via {Sent.Destination}.";
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
