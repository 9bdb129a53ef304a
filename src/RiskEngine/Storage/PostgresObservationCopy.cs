using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace RiskEngine.Storage;

/// <summary>
/// A batch of observations written to PostgreSQL in a few round trips instead of one per row: binary COPY into a
/// temporary table (dropped at the end of the caller's transaction), the rows already stored found by one join, then
/// one INSERT … ON CONFLICT from the temporary table. Inside the caller's transaction, so the import stays all or
/// nothing.
/// </summary>
internal static class PostgresObservationCopy
{
    // Copies and merges the accepted rows; returns the conflicts with stored rows when not replacing (then nothing is
    // merged). merge is false when the batch is refused anyway (some rows failed the checks): only conflicts are looked for.
    public static async Task<List<ObservationError>> WriteAsync(NpgsqlConnection c, NpgsqlTransaction tx, IEnumerable<(int Index, Observation Row, string Period)> accepted,
        bool replace, bool merge, object recordedAt, CancellationToken cancellationToken)
    {
        await c.ExecuteAsync(new CommandDefinition("""
            CREATE TEMP TABLE observations_batch (ord integer NOT NULL, indicator text NOT NULL, period text NOT NULL, scope text NOT NULL,
                value double precision NOT NULL, note text) ON COMMIT DROP
            """, transaction: tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using (var copy = await c.BeginBinaryImportAsync("COPY observations_batch (ord, indicator, period, scope, value, note) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            var n = 0;
            foreach (var (index, o, period) in accepted)
            {
                if (++n % 10_000 == 0) cancellationToken.ThrowIfCancellationRequested();
                // The synchronous writes fill Npgsql's buffer and only touch the socket when it is full.
                copy.StartRow();
                copy.Write(index, NpgsqlDbType.Integer);
                copy.Write(o.Indicator, NpgsqlDbType.Text);
                copy.Write(period, NpgsqlDbType.Text);
                copy.Write(o.Scope, NpgsqlDbType.Text);
                copy.Write(o.Value, NpgsqlDbType.Double);
                if (o.Note is null) copy.WriteNull();
                else copy.Write(o.Note, NpgsqlDbType.Text);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // No command timeout on the two statements over the whole batch: a million rows may take longer than Npgsql's
        // 30 s default on a busy server; the caller's cancellation still stops them.
        var conflicts = new List<ObservationError>();
        if (!replace)
        {
            var stored = await c.QueryAsync<(int Ord, string Indicator, string Period, string Scope)>(new CommandDefinition(
                "SELECT b.ord, b.indicator, b.period, b.scope FROM observations_batch b JOIN observations o USING (indicator, period, scope) ORDER BY b.ord",
                transaction: tx, commandTimeout: 0, cancellationToken: cancellationToken)).ConfigureAwait(false);
            conflicts.AddRange(stored.Select(r => new ObservationError(r.Ord, "value", EngineMessage.Of("error.store.already-stored", ("indicator", r.Indicator), ("period", r.Period), ("scope", r.Scope)))));
        }

        if (merge && conflicts.Count == 0)
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO observations (indicator, period, scope, value, note, recorded_at) SELECT indicator, period, scope, value, note, @recordedAt FROM observations_batch "
                + "ON CONFLICT (indicator, period, scope) " + (replace ? "DO UPDATE SET value = excluded.value, note = excluded.note, recorded_at = excluded.recorded_at" : "DO NOTHING"),
                new { recordedAt }, tx, commandTimeout: 0, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        return conflicts;
    }
}
