using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RiskEngine.Storage;

/// <summary>
/// Opens connections to one schema module's store (the engine's, the worker's), applying that module's shipped
/// scripts for the provider on first use: <c>{prefix}Schema.</c> for SQLite, <c>{prefix}PostgresSchema.</c> for
/// PostgreSQL, numbered the same way and recorded in the same <c>schema_version</c> table.
/// </summary>
internal sealed class StoreDatabase
{
    private readonly Lazy<Task> _migrated;

    public StoreDatabase(DatabaseTarget target, string module, Assembly assembly, string resourceRoot, TimeProvider clock)
    {
        Target = target;
        _migrated = new(() => target.IsPostgres
            ? SchemaMigrator.MigratePostgresAsync(target.ConnectionString, module, assembly, resourceRoot + "PostgresSchema.", clock, CancellationToken.None)
            : SqliteSchema.MigrateAsync(target.ConnectionString, module, assembly, resourceRoot + "Schema.", clock));
    }

    public DatabaseTarget Target { get; }

    public StoreProvider Provider => Target.Provider;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _migrated.Value.ConfigureAwait(false);
        DbConnection connection = Target.IsPostgres ? new NpgsqlConnection(Target.ConnectionString) : new SqliteConnection(Target.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return connection;
    }

    /// <summary>An instant as this store keeps it: UTC ISO 8601 text in SQLite (text order is time order), UTC <c>timestamptz</c> in PostgreSQL.</summary>
    public object Instant(DateTimeOffset value) => StoreValues.Instant(Provider, value);
}
