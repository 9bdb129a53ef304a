using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>A risk rated in one scope, with that scope's facts per indicator (null where it reports nothing).</summary>
/// <param name="Rating">The rating of the risk in this scope.</param>
/// <param name="Facts">Facts in the order of the page's indicators.</param>
public sealed record ScopeLine(ScopeRating Rating, IReadOnlyList<IndicatorFact?> Facts);
