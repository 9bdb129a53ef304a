namespace RiskEngine;

/// <summary>A review to store: which body met when, which evaluation it saw, what it decided, and its minutes.</summary>
/// <param name="Body">Review body id (<see cref="CouncilBody"/> for the Academic Council).</param>
/// <param name="ReviewedOn">Day of the meeting.</param>
/// <param name="EvaluationId">The stored evaluation the body's pack presented.</param>
/// <param name="Decisions">One decision per risk at most.</param>
/// <param name="MinutesName">File name of the minutes, when they are kept.</param>
/// <param name="Minutes">The minutes' bytes.</param>
public sealed record ReviewRecord(string Body, DateOnly ReviewedOn, long EvaluationId, IReadOnlyList<RiskDecision> Decisions, string? MinutesName = null, byte[]? Minutes = null)
{
    /// <summary>The Academic Council: its reviews are also the reference of <see cref="RiskAssessment.MovementSinceReview"/>.</summary>
    public const string CouncilBody = "council";
}
