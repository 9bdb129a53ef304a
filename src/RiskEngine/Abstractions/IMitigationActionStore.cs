namespace RiskEngine;

/// <summary>Dated mitigation actions; overdue ones raise their risk through the rules.</summary>
public interface IMitigationActionStore
{
    /// <summary>Every stored action.</summary>
    Task<IReadOnlyList<MitigationAction>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces all stored actions with <paramref name="actions"/> in one transaction.</summary>
    Task ReplaceAllAsync(IReadOnlyList<MitigationAction> actions, CancellationToken cancellationToken = default);
}
