using Microsoft.Data.Sqlite;

namespace RiskEngine.Storage;

/// <summary>Opens connections to the engine's SQLite file, applying the shipped schema on first use.</summary>
internal sealed class SqliteDatabase(string connectionString, TimeProvider timeProvider)
{
    private readonly Lazy<Task> _migrated = new(() => SqliteSchema.MigrateAsync(connectionString, "engine", typeof(SqliteDatabase).Assembly, "RiskEngine.Schema.", timeProvider));

    public string ConnectionString { get; } = connectionString;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _migrated.Value.ConfigureAwait(false);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
