namespace RiskEngine;

/// <summary>
/// The facts the rules read (value, target in force, gap, trend, status, staleness) per indicator × scope, for
/// reports that show them next to a rating. Derived from the stored observations; nothing is stored.
/// </summary>
public interface IIndicatorFacts
{
    /// <summary>
    /// Facts on <paramref name="asOf"/> for every catalogue indicator: the university's (a no-data fact when nothing was
    /// reported), then one per faculty/institute that reported the indicator, in scope-code order.
    /// </summary>
    Task<IReadOnlyList<IndicatorFact>> GetAsync(DateOnly asOf, CancellationToken cancellationToken = default);
}
