using System.Data.Common;
using Microsoft.Extensions.Options;
using RiskEngine;
using RiskEngine.Storage;

namespace RiskWorker.Storage;

/// <summary>
/// The worker's own tables (outbox, owners, …) live in the engine's database, SQLite or PostgreSQL, as schema module
/// <c>worker</c>: numbered scripts in <c>Storage/Schema/</c> (PostgreSQL: <c>Storage/Schema/Postgres/</c>), applied
/// once each on first use.
/// </summary>
internal sealed class WorkerDatabase(IOptions<RiskEngineOptions> options, TimeProvider clock)
{
    private readonly Lazy<StoreDatabase> _store = new(() => Schema(DatabaseTarget.Parse(options.Value.DatabasePath), clock));

    public StoreDatabase Store => _store.Value;

    /// <summary>The worker's schema module in <paramref name="target"/>.</summary>
    public static StoreDatabase Schema(DatabaseTarget target, TimeProvider clock) => new(target, "worker", typeof(WorkerDatabase).Assembly, "RiskWorker.", clock);

    public bool IsPostgres => Store.Target.IsPostgres;

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => Store.OpenAsync(cancellationToken);
}
