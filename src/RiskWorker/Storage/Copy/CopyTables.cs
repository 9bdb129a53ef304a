using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RiskWorker.Storage.Copy;

/// <summary>What a copy reads from the two catalogs: the tables both databases hold, in an order that writes a row's references first; each table's columns; the identity counters.</summary>
internal static class CopyTables
{
    // The schema scripts' own record (each side already has its own) and Quartz's job store (made by the first run) are not data to copy.
    private static bool Copied(string table) =>
        table != "schema_version" && !table.StartsWith("qrtz_", StringComparison.OrdinalIgnoreCase) && !table.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase);

    public static async Task<IReadOnlyList<string>> InOrderAsync(SqliteConnection source, NpgsqlConnection target, CancellationToken cancellationToken)
    {
        var inSource = (await source.QueryAsync<string>(new CommandDefinition("SELECT name FROM sqlite_master WHERE type = 'table'", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tables = (await target.QueryAsync<string>(new CommandDefinition(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Where(t => Copied(t) && inSource.Contains(t)).ToList();
        var references = (await target.QueryAsync<(string Table, string Referenced)>(new CommandDefinition("""
                SELECT child.relname, parent.relname FROM pg_constraint c
                JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
                WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
                """, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();

        // A table comes after every table it references (the schema has no cycles; a self-reference needs no order).
        var ordered = new List<string>();
        while (ordered.Count < tables.Count)
        {
            var next = tables.First(t => !ordered.Contains(t) && references.All(r => r.Table != t || r.Referenced == t || ordered.Contains(r.Referenced) || !tables.Contains(r.Referenced)));
            ordered.Add(next);
        }

        return ordered;
    }

    // The target's columns the source has too: a column only PostgreSQL has (the outbox's claims, which SQLite does with
    // a lock file) keeps its default. SQLite's implicit rowid is what the target's rowid column keeps (the order rows were written).
    public static async Task<IReadOnlyList<TargetColumn>> ColumnsAsync(SqliteConnection source, NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        var inSource = (await source.QueryAsync<string>(new CommandDefinition("SELECT name FROM pragma_table_info(@table)", new { table }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Append("rowid").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (await target.QueryAsync<(string Name, string DataType)>(new CommandDefinition(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
                new { table }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .Where(c => inSource.Contains(c.Name)).Select(c => new TargetColumn(c.Name, c.DataType)).ToList();
    }

    // Ids were copied as they were, so each identity counter starts after the largest: the next evaluation or message
    // written on PostgreSQL gets a new id, not one the history already has.
    public static async Task MoveIdentitiesPastAsync(NpgsqlConnection target, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var identities = await target.QueryAsync<(string Table, string Column)>(new CommandDefinition(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'", cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var (table, column) in identities.Where(i => tables.Contains(i.Table)))
        {
            await target.ExecuteAsync(new CommandDefinition(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), GREATEST(COALESCE(max({column}), 0), 1), max({column}) IS NOT NULL) FROM {table}",
                new { table, column }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }
}
