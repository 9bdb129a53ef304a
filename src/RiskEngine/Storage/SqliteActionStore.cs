using System.Globalization;
using Dapper;

namespace RiskEngine.Storage;

internal sealed class SqliteActionStore(SqliteDatabase db) : IMitigationActionStore
{
    public async Task<IReadOnlyList<MitigationAction>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<(string Risk, string Text, string Owner, string? Due, string Status, string? DoneOn)>(
            "SELECT risk, text, owner, due, status, done_on FROM actions ORDER BY id").ConfigureAwait(false);
        return rows.Select(r => new MitigationAction(r.Risk, r.Text, r.Owner, Date(r.Due), r.Status, Date(r.DoneOn))).ToList();
    }

    public async Task ReplaceAllAsync(IReadOnlyList<MitigationAction> actions, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // The imported list is replaced; an action a review's treat decision opened stays, and a row of the file with its
        // risk and text updates it (the office reports its progress in the same list) instead of adding a copy.
        await c.ExecuteAsync("DELETE FROM actions WHERE decision_id IS NULL", transaction: tx).ConfigureAwait(false);
        foreach (var a in actions)
        {
            var args = new { a.Risk, a.Text, a.Owner, Due = Text(a.Due), a.Status, DoneOn = Text(a.DoneOn) };
            var updated = await c.ExecuteAsync("UPDATE actions SET owner = @Owner, due = @Due, status = @Status, done_on = @DoneOn WHERE decision_id IS NOT NULL AND risk = @Risk AND text = @Text",
                args, tx).ConfigureAwait(false);
            if (updated == 0)
            {
                await c.ExecuteAsync("INSERT INTO actions (risk, text, owner, due, status, done_on) VALUES (@Risk, @Text, @Owner, @Due, @Status, @DoneOn)", args, tx).ConfigureAwait(false);
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DateOnly? Date(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
