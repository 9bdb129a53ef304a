using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RiskWorker.Mail;
using RiskWorker.Notifications;

namespace RiskWorker.Campaign;

/// <summary>
/// The Academic Council campaign, shared by the daily job and <c>campaign run</c>/<c>campaign status</c>: on a day
/// in a step's window, that step's mail for everyone not yet reached goes into the outbox, then what is pending is
/// sent. Days run in any order and any number of times give each person each step once.
/// </summary>
internal sealed partial class CouncilCampaign(IOptions<CouncilOptions> options, CampaignComposer composer, IOutbox outbox, IOutboxReader reader, ILogger<CouncilCampaign> logger)
{
    public async Task<CampaignRunReport> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        if (options.Value.Meeting is not { } meeting)
        {
            var none = new CampaignRunReport(day, null, null, 0, 0, null);
            LogRun(none);
            return none;
        }

        var step = CampaignCalendar.StepOn(meeting, day);
        var (recipients, queued) = (0, 0);
        if (step is { } due)
        {
            var known = (await EntriesAsync(meeting, cancellationToken).ConfigureAwait(false)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var batch = await composer.ComposeAsync(meeting, due, day, known, cancellationToken).ConfigureAwait(false);
            recipients = batch.Recipients;
            queued = await outbox.EnqueueAllAsync(batch.Mails, cancellationToken).ConfigureAwait(false);
        }

        var report = new CampaignRunReport(day, meeting, step, recipients, queued, await outbox.SendPendingAsync(cancellationToken).ConfigureAwait(false));
        LogRun(report);
        return report;
    }

    public async Task<CampaignStatus> StatusAsync(DateOnly today, CancellationToken cancellationToken)
    {
        if (options.Value.Meeting is not { } meeting) return new CampaignStatus(today, null, null, []);
        var entries = await EntriesAsync(meeting, cancellationToken).ConfigureAwait(false);
        var steps = CampaignCalendar.Steps.Select(step =>
        {
            var mine = entries.Where(e => e.Kind == CampaignCalendar.Kind(step)).ToList();
            return new StepStatus(step, CampaignCalendar.Opens(meeting, step), CampaignCalendar.LastDay(meeting, step), mine.Count,
                mine.Count(e => e.Status == OutboxStatus.Delivered), mine.Count(e => e.Status == OutboxStatus.Pending), mine.Count(e => e.Status == OutboxStatus.Failed));
        }).ToList();
        return new CampaignStatus(today, meeting, CampaignCalendar.StepOn(meeting, today), steps);
    }

    private async Task<List<OutboxEntry>> EntriesAsync(DateOnly meeting, CancellationToken cancellationToken)
    {
        var prefix = OutboxKeys.CampaignPrefix(meeting);
        return (await reader.ListAsync(null, cancellationToken).ConfigureAwait(false)).Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private partial void LogRun(CampaignRunReport report);
}
