namespace RiskEngine;

/// <summary>A stored decision with the review it was taken at.</summary>
/// <param name="Body">Review body id.</param>
/// <param name="ReviewedOn">Day of the meeting.</param>
/// <param name="ReviewId">The stored review.</param>
/// <param name="Decision">The decision, with its action's current state for a treat decision.</param>
public sealed record RecordedDecision(string Body, DateOnly ReviewedOn, long ReviewId, RiskDecision Decision)
{
    /// <summary>Risk code.</summary>
    public string Risk => Decision.Risk;
}
