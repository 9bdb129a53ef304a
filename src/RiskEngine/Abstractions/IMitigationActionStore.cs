namespace RiskEngine;

/// <summary>Dated mitigation actions; overdue ones raise their risk through the rules.</summary>
public interface IMitigationActionStore
{
    /// <summary>Every stored action.</summary>
    Task<IReadOnlyList<MitigationAction>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the imported actions with <paramref name="actions"/> in one transaction. Actions opened by a review's
    /// treat decision (<see cref="IReviewStore"/>) stay; an action of the list with the same risk and text updates one.
    /// </summary>
    Task ReplaceAllAsync(IReadOnlyList<MitigationAction> actions, CancellationToken cancellationToken = default);
}
