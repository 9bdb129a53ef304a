using System.Data;
using System.Data.Common;
using Dapper;

namespace RiskEngine.Storage;

internal sealed class ObservationStore(EngineDatabase db, ObservationValidator validator, IScopeStore scopes, TimeProvider clock) : IObservationStore
{
    public async Task<IReadOnlyList<Observation>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<(string Indicator, string Period, double Value, string Scope, string? Note)>(
            "SELECT indicator, period, value, scope, note FROM observations ORDER BY indicator, scope, period").ConfigureAwait(false);
        return rows.Select(r => new Observation(r.Indicator, r.Period, r.Value, r.Scope, r.Note)).ToList();
    }

    public Task<ObservationWriteResult> AddAsync(IReadOnlyList<Observation> observations, bool replace, CancellationToken cancellationToken = default) =>
        WriteAsync(observations, replace, commit: true, cancellationToken);

    public Task<ObservationWriteResult> CheckAsync(IReadOnlyList<Observation> observations, bool replace, CancellationToken cancellationToken = default) =>
        WriteAsync(observations, replace, commit: false, cancellationToken);

    // One transaction. The validator refuses duplicates inside the batch, so each accepted row is one key. Rows the
    // validator refused are skipped so that conflicts of the others with stored rows are reported with them, all at
    // once. With replace, the rows that did not add to the count are the replaced ones. A refusal or a dry run rolls back.
    private async Task<ObservationWriteResult> WriteAsync(IReadOnlyList<Observation> observations, bool replace, bool commit, CancellationToken cancellationToken)
    {
        var known = (await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Code).ToHashSet();
        var errors = validator.Validate(observations, known);
        var refused = errors.Select(e => e.Index).ToHashSet();

        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var before = await c.ExecuteScalarAsync<long>("SELECT count(*) FROM observations", transaction: tx).ConfigureAwait(false);
        var recordedAt = db.Store.Instant(clock.GetUtcNow());
        errors.AddRange(c is Npgsql.NpgsqlConnection postgres
            ? await PostgresObservationCopy.WriteAsync(postgres, (Npgsql.NpgsqlTransaction)tx, Accepted(observations, refused), replace, merge: refused.Count == 0, recordedAt, cancellationToken).ConfigureAwait(false)
            : await WriteRowsAsync(c, tx, Accepted(observations, refused), replace, recordedAt, cancellationToken).ConfigureAwait(false));

        var after = await c.ExecuteScalarAsync<long>("SELECT count(*) FROM observations", transaction: tx).ConfigureAwait(false);
        if (errors.Count > 0 || !commit) await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0) throw new ObservationValidationException([.. errors.OrderBy(e => e.Index)]);
        if (commit) await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        var inserted = (int)(after - before);
        return new ObservationWriteResult(inserted, observations.Count - inserted);
    }

    // The rows that passed the checks, with their period in its stored form (a million rows share a few thousand periods).
    private static IEnumerable<(int Index, Observation Row, string Period)> Accepted(IReadOnlyList<Observation> observations, HashSet<int> refused)
    {
        var periods = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < observations.Count; i++)
        {
            if (refused.Contains(i)) continue;
            var o = observations[i];
            if (!periods.TryGetValue(o.Period, out var period)) periods[o.Period] = period = ObservationValidator.CanonicalPeriod(o.Period);
            yield return (i, o, period);
        }
    }

    // SQLite: one prepared statement per row, in process (a million rows in seconds). Without replace, ON CONFLICT DO
    // NOTHING changing no row is the conflict.
    private static async Task<List<ObservationError>> WriteRowsAsync(DbConnection c, DbTransaction tx, IEnumerable<(int Index, Observation Row, string Period)> accepted,
        bool replace, object recordedAt, CancellationToken cancellationToken)
    {
        using var insert = c.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO observations (indicator, period, scope, value, note, recorded_at) VALUES (@i, @p, @s, @v, @n, @t) ON CONFLICT (indicator, period, scope) "
            + (replace ? "DO UPDATE SET value = excluded.value, note = excluded.note, recorded_at = excluded.recorded_at" : "DO NOTHING");
        var (pi, pp, ps, pv, pn) = (Add(insert, "i", DbType.String), Add(insert, "p", DbType.String), Add(insert, "s", DbType.String), Add(insert, "v", DbType.Double), Add(insert, "n", DbType.String));
        Add(insert, "t", null).Value = recordedAt;
        pn.Value = DBNull.Value;
        await insert.PrepareAsync(cancellationToken).ConfigureAwait(false);

        var conflicts = new List<ObservationError>();
        var n = 0;
        foreach (var (index, o, period) in accepted)
        {
            if (++n % 10_000 == 0) cancellationToken.ThrowIfCancellationRequested();
            (pi.Value, pp.Value, ps.Value, pv.Value, pn.Value) = (o.Indicator, period, o.Scope, o.Value, (object?)o.Note ?? DBNull.Value);
            if (insert.ExecuteNonQuery() == 0) conflicts.Add(new(index, "value", EngineMessage.Of("error.store.already-stored", ("indicator", o.Indicator), ("period", period), ("scope", o.Scope))));
        }

        return conflicts;
    }

    private static DbParameter Add(DbCommand command, string name, DbType? type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        if (type is { } t) parameter.DbType = t;
        command.Parameters.Add(parameter);
        return parameter;
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
