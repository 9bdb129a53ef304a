namespace RiskWorker.Owners;

/// <summary>The people who receive mail, kept in the worker's SQLite tables.</summary>
internal interface IOwnerStore
{
    /// <summary>Every stored person with their roles, ordered by email.</summary>
    Task<IReadOnlyList<Owner>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the whole list in one transaction: the file imported is the directory of owners.</summary>
    Task ReplaceAllAsync(IReadOnlyList<Owner> owners, CancellationToken cancellationToken);
}
