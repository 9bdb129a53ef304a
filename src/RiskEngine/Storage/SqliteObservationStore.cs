using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace RiskEngine.Storage;

internal sealed class SqliteObservationStore(SqliteDatabase db, ObservationValidator validator, IScopeStore scopes, TimeProvider clock) : IObservationStore
{
    public async Task<IReadOnlyList<Observation>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<(string Indicator, string Period, double Value, string Scope, string? Note)>(
            "SELECT indicator, period, value, scope, note FROM observations ORDER BY indicator, scope, period").ConfigureAwait(false);
        return rows.Select(r => new Observation(r.Indicator, r.Period, r.Value, r.Scope, r.Note)).ToList();
    }

    public async Task<ObservationWriteResult> AddAsync(IReadOnlyList<Observation> observations, bool replace, CancellationToken cancellationToken = default)
    {
        var known = (await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Code).ToHashSet();
        var errors = validator.Validate(observations, known);
        if (errors.Count > 0) throw new ObservationValidationException(errors);

        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var exists = c.CreateCommand();
        exists.Transaction = (SqliteTransaction)tx;
        exists.CommandText = "SELECT count(*) FROM observations WHERE indicator = $i AND period = $p AND scope = $s";
        var upsert = c.CreateCommand();
        upsert.Transaction = exists.Transaction;
        upsert.CommandText = """
            INSERT INTO observations (indicator, period, scope, value, note, recorded_at) VALUES ($i, $p, $s, $v, $n, $t)
            ON CONFLICT (indicator, period, scope) DO UPDATE SET value = excluded.value, note = excluded.note, recorded_at = excluded.recorded_at
            """;
        var (ei, ep, es) = (exists.Parameters.Add("$i", SqliteType.Text), exists.Parameters.Add("$p", SqliteType.Text), exists.Parameters.Add("$s", SqliteType.Text));
        var (ui, up, us, uv, un, ut) = (upsert.Parameters.Add("$i", SqliteType.Text), upsert.Parameters.Add("$p", SqliteType.Text),
            upsert.Parameters.Add("$s", SqliteType.Text), upsert.Parameters.Add("$v", SqliteType.Real),
            upsert.Parameters.Add("$n", SqliteType.Text), upsert.Parameters.Add("$t", SqliteType.Text));
        ut.Value = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        var conflicts = new List<ObservationError>();
        var replaced = 0;
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            var period = ObservationValidator.CanonicalPeriod(o.Period);
            (ei.Value, ep.Value, es.Value) = (o.Indicator, period, o.Scope);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0)
            {
                if (!replace) { conflicts.Add(new(i, "value", $"a value for {o.Indicator} {period} {o.Scope} is already stored (use --replace)")); continue; }
                replaced++;
            }

            (ui.Value, up.Value, us.Value, uv.Value, un.Value) = (o.Indicator, period, o.Scope, o.Value, (object?)o.Note ?? DBNull.Value);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (conflicts.Count > 0)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            throw new ObservationValidationException(conflicts);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ObservationWriteResult(observations.Count - replaced, replaced);
    }

    public async Task<bool> IsIllustrativeAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<string?>("SELECT value FROM meta WHERE key = 'dataset'").ConfigureAwait(false) == "illustrative";
    }

    public async Task SetIllustrativeAsync(bool illustrative, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await c.ExecuteAsync("INSERT INTO meta (key, value) VALUES ('dataset', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            new { v = illustrative ? "illustrative" : "real" }).ConfigureAwait(false);
    }
}
