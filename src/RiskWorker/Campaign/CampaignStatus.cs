using System.Text;
using RiskEngine;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary><c>campaign status</c>: the body's meeting, the step due today, and per step its window and what was queued and sent.</summary>
internal sealed record CampaignStatus(ReviewBody Body, DateOnly Today, DateOnly? Meeting, CampaignStep? Due, IReadOnlyList<StepStatus> Steps)
{
    private static readonly string[] Columns = ["step", "window", "queued", "delivered", "pending", "failed"];

    /// <summary>What <c>campaign status</c> prints: a heading line, then a table of the steps.</summary>
    public string In(Words words)
    {
        if (Meeting is not { } meeting) return words.Format("cli.campaign.no-meeting", ("setting", Body.SettingPrefix));
        var text = new StringBuilder();
        text.AppendLine(words.Format("cli.campaign.status", ("body", CampaignRunReport.Heading(Body, words)), ("meeting", meeting), ("today", Today),
            ("due", Due is { } due ? words.Format("cli.campaign.due", ("step", CampaignCalendar.Label(words, Body.Windows, due))) : words["cli.campaign.none-due"]),
            ("cadence", Body.Cadence)));
        var rows = Steps.Select(s => (IReadOnlyList<string>)[CampaignCalendar.Label(words, Body.Windows, s.Step),
                words.Format("cli.campaign.window", ("opens", s.Opens), ("last", s.LastDay)), N(s.Queued), N(s.Delivered), N(s.Pending), N(s.Failed)])
            .Prepend([.. Columns.Select(c => words["cli.campaign.column." + c])]).ToList();
        var widths = Enumerable.Range(0, Columns.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }

        return text.ToString().TrimEnd();

        string N(int n) => n.ToString(words.Culture);
    }
}
