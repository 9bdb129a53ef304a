using Dapper;
using RiskEngine.Storage;
using RiskWorker.Storage;

namespace RiskWorker.Notifications.Alerts;

/// <summary>
/// The evaluations whose alerts were queued (table <c>alert_dispatches</c>). The newest of them, in the history's
/// (as-of date, id) order, is the watermark: the alert job handles what comes after it and nothing before.
/// </summary>
internal sealed class AlertWatermark(WorkerDatabase db)
{
    /// <summary>The newest dispatched evaluation; null before the first dispatch.</summary>
    public async Task<DispatchedEvaluation?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<(long Id, object AsOf)?>(new CommandDefinition(
            "SELECT evaluation_id, as_of FROM alert_dispatches ORDER BY as_of DESC, evaluation_id DESC LIMIT 1",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is { } r ? new DispatchedEvaluation(r.Id, StoreValues.ReadDay(r.AsOf)) : null;
    }

    /// <summary>Records that the alerts of evaluation <paramref name="evaluationId"/> were queued; recording it twice changes nothing.</summary>
    public async Task RecordAsync(long evaluationId, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO alert_dispatches (evaluation_id, as_of) VALUES (@evaluationId, @asOf) ON CONFLICT (evaluation_id) DO NOTHING",
            new { evaluationId, asOf },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
