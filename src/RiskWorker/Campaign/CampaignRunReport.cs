using RiskEngine;
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
    /// <summary>What <c>campaign run</c> prints.</summary>
    public string In(Words words)
    {
        if (Meeting is not { } meeting) return words.Format("cli.campaign.no-meeting-on", ("setting", Body.SettingPrefix), ("day", Day));
        var what = Step is { } step
            ? words.Format("cli.campaign.step-queued", ("step", CampaignCalendar.Label(words, Body.Windows, step)), ("recipients", Recipients), ("queued", Queued), ("already", Recipients - Queued))
            : words.Format("cli.campaign.nothing-due", ("opens", CampaignCalendar.Opens(Body.Windows, meeting, CampaignStep.Request)));
        return words.Format("cli.campaign.run", ("body", Heading(Body, words)), ("meeting", meeting), ("day", Day), ("what", what),
            ("delivered", Sent!.Delivered), ("failed", Sent.Failed), ("deferred", Sent.Deferred), ("destination", Sent.Destination));
    }

    /// <summary>"Council", as the command line always said, or the body's id.</summary>
    public static string Heading(ReviewBody body, Words words) => body.IsCouncil ? words["cli.campaign.council"] : body.Id;
}
