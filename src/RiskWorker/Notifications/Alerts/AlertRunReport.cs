using RiskWorker.Mail;

namespace RiskWorker.Notifications.Alerts;

/// <summary>What one alert dispatch did.</summary>
/// <param name="EvaluationAsOf">Date of the evaluation compared with the one before it.</param>
/// <param name="Risks">Risks that rose, became above appetite or became critical.</param>
/// <param name="Composed">Alert mails composed (one per owner per risk).</param>
/// <param name="Queued">Newly written to the outbox; the rest were alerted before.</param>
internal sealed record AlertRunReport(DateOnly EvaluationAsOf, int Risks, int Composed, int Queued, SendReport Sent)
{
    public override string ToString() =>
        $"Alerts for the evaluation of {EvaluationAsOf:yyyy-MM-dd}: {Risks} risk(s) rose, {Composed} mail(s) composed, {Queued} newly queued, {Composed - Queued} alerted before; "
        + $"sent {Sent.Delivered}, failed {Sent.Failed}, deferred {Sent.Deferred} via {Sent.Destination}.";
}
