using Microsoft.Extensions.Options;

namespace RiskEngine.Storage;

/// <summary>The engine's tables (schema module <c>engine</c>) in the configured database, SQLite or PostgreSQL.</summary>
internal sealed class EngineDatabase(IOptions<RiskEngineOptions> options, TimeProvider clock)
{
    private readonly Lazy<StoreDatabase> _store = new(() =>
        new StoreDatabase(DatabaseTarget.Parse(options.Value.DatabasePath), "engine", typeof(EngineDatabase).Assembly, "RiskEngine.", clock));

    public StoreDatabase Store => _store.Value;

    public StoreProvider Provider => Store.Provider;

    public Task<System.Data.Common.DbConnection> OpenAsync(CancellationToken cancellationToken) => Store.OpenAsync(cancellationToken);
}
