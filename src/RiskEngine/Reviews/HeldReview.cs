namespace RiskEngine;

/// <summary>A stored review.</summary>
/// <param name="Id">Stored id.</param>
/// <param name="Body">Review body id.</param>
/// <param name="ReviewedOn">Day of the meeting.</param>
/// <param name="EvaluationId">The evaluation the body saw.</param>
/// <param name="Decisions">How many decisions were recorded.</param>
/// <param name="MinutesName">File name of the kept minutes; null when none.</param>
public sealed record HeldReview(long Id, string Body, DateOnly ReviewedOn, long EvaluationId, int Decisions, string? MinutesName);
