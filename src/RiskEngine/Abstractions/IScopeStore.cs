namespace RiskEngine;

/// <summary>The units (faculties, institutes) observations may be reported for, besides the university.</summary>
public interface IScopeStore
{
    /// <summary>Every known scope, without the university itself.</summary>
    Task<IReadOnlyList<ScopeInfo>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or renames scopes, all in one transaction.</summary>
    Task UpsertAsync(IReadOnlyList<ScopeInfo> scopes, CancellationToken cancellationToken = default);
}
