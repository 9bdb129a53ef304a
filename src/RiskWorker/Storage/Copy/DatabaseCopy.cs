using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Options;
using RiskEngine;
using RiskEngine.Storage;
using RiskWorker.Cli;

namespace RiskWorker.Storage.Copy;

/// <summary>
/// Copies a SQLite database — the engine's tables and the worker's — into an empty PostgreSQL database, for a
/// university that outgrows one machine and keeps its history: observations, evaluations with their reasons, reviews
/// and decisions, owners, the outbox. Both sides are first brought to the shipped schema by their own scripts; then
/// one read transaction on SQLite (a consistent snapshot while a worker keeps writing) and one write transaction on
/// PostgreSQL, each table by binary COPY in the order its references need, ids kept and identity counters moved past
/// them. All or nothing: a target that holds any row, or a value its column cannot hold, is refused and nothing is
/// written. Quartz's own tables are not copied: the schedule comes from the settings, and the target's job store is
/// created by the first <c>run</c>.
/// </summary>
internal sealed class DatabaseCopy(EngineDatabase engine, WorkerDatabase worker, IOptions<RiskEngineOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<CopiedTable>> CopyAsync(string to, CancellationToken cancellationToken)
    {
        var target = DatabaseTarget.Parse(to);
        if (engine.Provider != StoreProvider.Sqlite) throw new CopyRefusedException(new CliLine("error.copy.source-not-sqlite", ("database", DatabaseName.Display(options.Value.DatabasePath))));
        if (!target.IsPostgres) throw new CopyRefusedException(new CliLine("error.copy.target-not-postgres", ("target", DatabaseName.Display(to))));

        await using var source = (SqliteConnection)await engine.OpenAsync(cancellationToken).ConfigureAwait(false);
        await (await worker.OpenAsync(cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        try
        {
            return await CopyIntoAsync(source, target, to, cancellationToken).ConfigureAwait(false);
        }
        // The target failed (unreachable, login refused, a row it would not take): the line names it, not --db.
        catch (DbException ex) when (ex is not SqliteException)
        {
            throw new DatabaseUnavailableException(to, ex);
        }
    }

    private async Task<IReadOnlyList<CopiedTable>> CopyIntoAsync(SqliteConnection source, DatabaseTarget target, string to, CancellationToken cancellationToken)
    {
        await using var postgres = (NpgsqlConnection)await EngineDatabase.Schema(target, clock).OpenAsync(cancellationToken).ConfigureAwait(false);
        await (await WorkerDatabase.Schema(target, clock).OpenAsync(cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);

        var tables = await CopyTables.InOrderAsync(source, postgres, cancellationToken).ConfigureAwait(false);
        var columns = new Dictionary<string, IReadOnlyList<TargetColumn>>();
        foreach (var table in tables) columns[table] = await CopyTables.ColumnsAsync(source, postgres, table, cancellationToken).ConfigureAwait(false);
        await using var read = (SqliteTransaction)await source.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var write = await postgres.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in tables)
        {
            var held = await postgres.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}", transaction: write).ConfigureAwait(false);
            if (held > 0) throw new CopyRefusedException(new CliLine("error.copy.target-not-empty", ("target", DatabaseName.Display(to)), ("table", table), ("rows", held)));
        }

        var copied = new List<CopiedTable>();
        foreach (var table in tables)
        {
            copied.Add(new CopiedTable(table, await CopyRowsAsync(read, postgres, table, columns[table], cancellationToken).ConfigureAwait(false)));
        }

        await CopyTables.MoveIdentitiesPastAsync(postgres, tables, cancellationToken).ConfigureAwait(false);
        await write.CommitAsync(cancellationToken).ConfigureAwait(false);
        return copied;
    }

    // The rows COPY wrote, as the server counted them.
    private static async Task<long> CopyRowsAsync(SqliteTransaction source, NpgsqlConnection target, string table, IReadOnlyList<TargetColumn> columns, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var select = source.Connection!.CreateCommand();
        select.Transaction = source;
        select.CommandText = $"SELECT {names} FROM {table} ORDER BY rowid"; // "row N" in a refusal counts in this order
        await using var rows = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var copy = await target.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        for (var row = 1L; await rows.ReadAsync(cancellationToken).ConfigureAwait(false); row++)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = Converted(columns[i], rows.GetValue(i), table, row);
                if (value is null) await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                else await CopyValue.WriteAsync(copy, value, columns[i].DataType, cancellationToken).ConfigureAwait(false);
            }
        }

        return (long)await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    // A value the target column cannot hold names its table, row and column: the copy stops before anything is committed.
    private static object? Converted(TargetColumn column, object value, string table, long row)
    {
        try
        {
            return column.Convert(value);
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or InvalidCastException or OverflowException)
        {
            throw new CopyRefusedException(new CliLine("error.copy.value", ("table", table), ("row", row), ("column", column.Name), ("type", column.DataType), ("value", Shown(value))), ex);
        }
    }

    private static string Shown(object value) => value is string s && s.Length > 60 ? s[..60] + "…" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
