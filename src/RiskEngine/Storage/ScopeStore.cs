using Dapper;

namespace RiskEngine.Storage;

internal sealed class ScopeStore(EngineDatabase db) : IScopeStore
{
    public async Task<IReadOnlyList<ScopeInfo>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<(string Code, string Name, string Kind)>("SELECT code, name, kind FROM scopes ORDER BY code").ConfigureAwait(false);
        return rows.Select(r => new ScopeInfo(r.Code, ScopeNames.Read(r.Name), r.Kind)).ToList();
    }

    public async Task UpsertAsync(IReadOnlyList<ScopeInfo> scopes, CancellationToken cancellationToken = default)
    {
        if (scopes.FirstOrDefault(s => s.Code == Scopes.University || string.IsNullOrWhiteSpace(s.Code)) is { } bad)
        {
            throw new ArgumentException($"'{bad.Code}' cannot be a scope code: it is empty or means the whole university.", nameof(scopes));
        }

        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await c.ExecuteAsync("INSERT INTO scopes (code, name, kind) VALUES (@Code, @Name, @Kind) ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind",
            scopes.Select(s => new { s.Code, Name = ScopeNames.Write(s.Name), s.Kind }), tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
