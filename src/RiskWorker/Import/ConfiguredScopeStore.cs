using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The scopes as <c>import indicators</c> and <c>scopes list</c> see them: the stored ones plus those in configuration
/// (configuration wins a name or kind). Configured scopes thus validate a file without being written first; they are
/// stored only by <see cref="StoreConfiguredAsync"/>, once an import has succeeded, so a refused file or a dry run
/// leaves the database as it was.
/// </summary>
internal sealed class ConfiguredScopeStore(IScopeStore stored, IReadOnlyList<ScopeInfo> configured) : IScopeStore
{
    public async Task<IReadOnlyList<ScopeInfo>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var all = (await stored.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var scope in configured) all[scope.Code] = scope;
        return [.. all.Values.OrderBy(s => s.Code, StringComparer.Ordinal)];
    }

    public Task UpsertAsync(IReadOnlyList<ScopeInfo> scopes, CancellationToken cancellationToken = default) => stored.UpsertAsync(scopes, cancellationToken);

    /// <summary>Writes the configured scopes that are missing or different in the database; returns how many.</summary>
    public async Task<int> StoreConfiguredAsync(CancellationToken cancellationToken)
    {
        var have = (await stored.GetAllAsync(cancellationToken).ConfigureAwait(false)).ToHashSet();
        var changed = configured.Where(s => !have.Contains(s)).ToList();
        if (changed.Count > 0) await stored.UpsertAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed.Count;
    }
}
