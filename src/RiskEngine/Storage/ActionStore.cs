using Dapper;

namespace RiskEngine.Storage;

internal sealed class ActionStore(EngineDatabase db) : IMitigationActionStore
{
    public async Task<IReadOnlyList<MitigationAction>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<(string Risk, string Text, string Owner, object? Due, string Status, object? DoneOn)>(
            "SELECT risk, text, owner, due, status, done_on FROM actions ORDER BY id").ConfigureAwait(false);
        return rows.Select(r => new MitigationAction(r.Risk, r.Text, r.Owner, StoreValues.ReadOptionalDay(r.Due), r.Status, StoreValues.ReadOptionalDay(r.DoneOn))).ToList();
    }

    public async Task ReplaceAllAsync(IReadOnlyList<MitigationAction> actions, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await c.ExecuteAsync("DELETE FROM actions", transaction: tx).ConfigureAwait(false);
        await c.ExecuteAsync("INSERT INTO actions (risk, text, owner, due, status, done_on) VALUES (@Risk, @Text, @Owner, @Due, @Status, @DoneOn)",
            actions.Select(a => new { a.Risk, a.Text, a.Owner, a.Due, a.Status, a.DoneOn }), tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
