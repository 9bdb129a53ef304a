using System.Globalization;
using System.Text;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary><c>campaign status</c>: the body's meeting, the step due today, and per step its window and what was queued and sent.</summary>
internal sealed record CampaignStatus(ReviewBody Body, DateOnly Today, DateOnly? Meeting, CampaignStep? Due, IReadOnlyList<StepStatus> Steps)
{
    public override string ToString()
    {
        if (Meeting is not { } meeting) return $"No {Body.SettingPrefix}:MeetingDate configured: no campaign.";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{CampaignRunReport.Heading(Body)} meeting {D(meeting)}; today {D(Today)}: {(Due is { } due ? CampaignCalendar.Label(Body.Windows, due) + " due" : "no step due")}; meets {Body.Cadence}");
        text.AppendLine("step              window                     queued  delivered  pending  failed");
        foreach (var s in Steps)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{CampaignCalendar.Label(Body.Windows, s.Step),-17} {D(s.Opens)} … {D(s.LastDay)}  {s.Queued,6}  {s.Delivered,9}  {s.Pending,7}  {s.Failed,6}");
        }

        return text.ToString().TrimEnd();
    }

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
