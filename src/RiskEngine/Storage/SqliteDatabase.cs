using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace RiskEngine.Storage;

/// <summary>
/// Opens connections to the engine's SQLite file, applying the shipped schema on first use and recording (or checking)
/// the register the file belongs to.
/// </summary>
/// <param name="connectionString">SQLite connection string.</param>
/// <param name="registerId">The loaded register's id, asked for only when the database is first opened.</param>
/// <param name="timeProvider">Clock for the recorded-at stamps.</param>
internal sealed class SqliteDatabase(string connectionString, Func<string> registerId, TimeProvider timeProvider)
{
    private readonly Lazy<Task> _ready = new(() => PrepareAsync(connectionString, registerId, timeProvider));

    public string ConnectionString { get; } = connectionString;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _ready.Value.ConfigureAwait(false);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task PrepareAsync(string connectionString, Func<string> registerId, TimeProvider clock)
    {
        await SqliteSchema.MigrateAsync(connectionString, "engine", typeof(SqliteDatabase).Assembly, "RiskEngine.Schema.", clock).ConfigureAwait(false);
        var id = registerId();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        // The first process to open the file records its register; every later one only reads it back (a read, so a
        // read-only database still opens for the verbs that only read).
        const string Recorded = "SELECT register_id FROM register_identity WHERE only_row = 1";
        var recorded = await connection.ExecuteScalarAsync<string>(Recorded).ConfigureAwait(false);
        if (recorded is null)
        {
            await connection.ExecuteAsync("INSERT OR IGNORE INTO register_identity (only_row, register_id, recorded_at) VALUES (1, @id, @at)",
                new { id, at = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) }).ConfigureAwait(false);
            recorded = await connection.ExecuteScalarAsync<string>(Recorded).ConfigureAwait(false);
        }

        if (recorded != id) throw new RegisterMismatchException(recorded ?? "?", id, new SqliteConnectionStringBuilder(connectionString).DataSource);
    }
}
