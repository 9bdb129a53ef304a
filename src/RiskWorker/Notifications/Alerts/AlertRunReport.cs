using RiskWorker.Mail;

namespace RiskWorker.Notifications.Alerts;

/// <summary>What one alert dispatch did.</summary>
/// <param name="Batches">One per evaluation alerted in this run, in date order; empty when none was new.</param>
/// <param name="Queued">Mails newly written to the outbox; the rest were alerted before.</param>
/// <param name="Sent">The send of everything pending that followed.</param>
internal sealed record AlertRunReport(IReadOnlyList<AlertBatch> Batches, int Queued, SendReport Sent)
{
    /// <summary>Risks that rose, became above appetite or became critical, over all evaluations alerted.</summary>
    public int Risks => Batches.Sum(b => b.Changes);

    /// <summary>Alert mails composed (one per owner per risk).</summary>
    public int Composed => Batches.Sum(b => b.Mails.Count);

    public override string ToString() =>
        $"Alerts for {Batches.Count} new evaluation(s){(Batches.Count > 0 ? $" up to {Batches[^1].AsOf:yyyy-MM-dd}" : "")}: {Risks} risk(s) rose, "
        + $"{Composed} mail(s) composed, {Queued} newly queued, {Composed - Queued} alerted before; "
        + $"sent {Sent.Delivered}, failed {Sent.Failed}, deferred {Sent.Deferred} via {Sent.Destination}.";
}
