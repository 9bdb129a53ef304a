using Dapper;
using Microsoft.Extensions.Options;

namespace RiskEngine.Storage;

/// <summary>
/// The engine's tables (schema module <c>engine</c>) in the configured database, SQLite or PostgreSQL. On first use the
/// database records the register it belongs to, or, when it has one, is refused to any other register
/// (<see cref="RegisterMismatchException"/>): one university's evaluations never land in another's history.
/// </summary>
internal sealed class EngineDatabase
{
    private readonly Lazy<StoreDatabase> _store;
    private readonly Lazy<Task> _owned;

    public EngineDatabase(IOptions<RiskEngineOptions> options, IRiskRegister register, TimeProvider clock)
    {
        _store = new(() => Schema(DatabaseTarget.Parse(options.Value.DatabasePath), clock));
        _owned = new(() => CheckOwnerAsync(register.Identity.Id, clock));
    }

    public StoreDatabase Store => _store.Value;

    /// <summary>The engine's schema module in <paramref name="target"/>, without the register check: for a tool that fills a database as a whole (a copy).</summary>
    public static StoreDatabase Schema(DatabaseTarget target, TimeProvider clock) => new(target, "engine", typeof(EngineDatabase).Assembly, "RiskEngine.", clock);

    public StoreProvider Provider => Store.Provider;

    public async Task<System.Data.Common.DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _owned.Value.ConfigureAwait(false);
        return await Store.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task CheckOwnerAsync(string id, TimeProvider clock)
    {
        await using var connection = await Store.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        // The first process to open the database records its register; every later one only reads it back (a read, so a
        // read-only database still opens for the verbs that only read).
        const string Recorded = "SELECT register_id FROM register_identity WHERE only_row = 1";
        var recorded = await connection.ExecuteScalarAsync<string>(Recorded).ConfigureAwait(false);
        if (recorded is null)
        {
            await connection.ExecuteAsync("INSERT INTO register_identity (only_row, register_id, recorded_at) VALUES (1, @id, @at) ON CONFLICT (only_row) DO NOTHING",
                new { id, at = Store.Instant(clock.GetUtcNow()) }).ConfigureAwait(false);
            recorded = await connection.ExecuteScalarAsync<string>(Recorded).ConfigureAwait(false);
        }

        if (recorded != id) throw new RegisterMismatchException(recorded ?? "?", id, Store.Target.Display);
    }
}
