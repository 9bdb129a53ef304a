using Microsoft.Extensions.Logging;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary>
/// Every review body's campaign, shared by the daily job and <c>campaign run</c>/<c>campaign status</c>: on a day in a
/// step's window of the body's current meeting, that step's mail for everyone not yet reached goes into the outbox,
/// then what is pending is sent. Days run in any order and any number of times give each person each step once.
/// </summary>
internal sealed partial class ReviewCampaign(ReviewBodies bodies, CampaignComposer composer, IOutbox outbox, IOutboxReader reader, ILogger<ReviewCampaign> logger)
{
    /// <summary>The daily job: every body's step due that day, then one send of what is pending.</summary>
    public async Task<IReadOnlyList<CampaignRunReport>> RunAllAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var reports = new List<CampaignRunReport>();
        foreach (var body in bodies.All) reports.Add(await RunAsync(body, day, cancellationToken).ConfigureAwait(false));
        return reports;
    }

    public async Task<CampaignRunReport> RunAsync(ReviewBody body, DateOnly day, CancellationToken cancellationToken)
    {
        if (body.MeetingFor(day) is not { } meeting)
        {
            var none = new CampaignRunReport(body, day, null, null, 0, 0, null);
            LogRun(body.Id, day, null, null, 0, 0);
            return none;
        }

        var step = CampaignCalendar.StepOn(body.Windows, meeting, day);
        var (recipients, queued) = (0, 0);
        if (step is { } due)
        {
            var known = (await EntriesAsync(body, meeting, cancellationToken).ConfigureAwait(false)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var batch = await composer.ComposeAsync(body, meeting, due, day, known, cancellationToken).ConfigureAwait(false);
            recipients = batch.Recipients;
            queued = await outbox.EnqueueAllAsync(batch.Mails, cancellationToken).ConfigureAwait(false);
        }

        var report = new CampaignRunReport(body, day, meeting, step, recipients, queued, await outbox.SendPendingAsync(cancellationToken).ConfigureAwait(false));
        LogRun(body.Id, day, meeting, step, recipients, queued);
        return report;
    }

    public async Task<CampaignStatus> StatusAsync(ReviewBody body, DateOnly today, CancellationToken cancellationToken)
    {
        if (body.MeetingFor(today) is not { } meeting) return new CampaignStatus(body, today, null, null, []);
        var entries = await EntriesAsync(body, meeting, cancellationToken).ConfigureAwait(false);
        var steps = CampaignCalendar.Steps.Select(step =>
        {
            var mine = entries.Where(e => e.Kind == CampaignCalendar.Kind(body, step)).ToList();
            return new StepStatus(step, CampaignCalendar.Opens(body.Windows, meeting, step), CampaignCalendar.LastDay(body.Windows, meeting, step), mine.Count,
                mine.Count(e => e.Status == OutboxStatus.Delivered), mine.Count(e => e.Status == OutboxStatus.Pending), mine.Count(e => e.Status == OutboxStatus.Failed));
        }).ToList();
        return new CampaignStatus(body, today, meeting, CampaignCalendar.StepOn(body.Windows, meeting, today), steps);
    }

    private async Task<List<OutboxEntry>> EntriesAsync(ReviewBody body, DateOnly meeting, CancellationToken cancellationToken)
    {
        var prefix = CampaignCalendar.Prefix(body, meeting);
        return (await reader.ListAsync(null, cancellationToken).ConfigureAwait(false)).Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign of {Body} on {Day}: meeting {Meeting}, step {Step}, {Recipients} recipients, {Queued} queued now")]
    private partial void LogRun(string body, DateOnly day, DateOnly? meeting, CampaignStep? step, int recipients, int queued);
}
