using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Storage;

/// <summary>
/// The worker's own tables (outbox, owners, …) live in the engine's SQLite file as schema module <c>worker</c>:
/// numbered scripts in <c>Storage/Schema/</c>, applied once each on first use.
/// </summary>
internal sealed class WorkerDatabase(IOptions<RiskEngineOptions> options, TimeProvider clock)
{
    private readonly Lazy<Task> _migrated = new(() => SqliteSchema.MigrateAsync(options.Value.ConnectionString, "worker", typeof(WorkerDatabase).Assembly, "RiskWorker.Schema.", clock));

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _migrated.Value.ConfigureAwait(false);
        var connection = new SqliteConnection(options.Value.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
