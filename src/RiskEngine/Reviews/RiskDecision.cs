namespace RiskEngine;

/// <summary>One decision a review body took on one risk.</summary>
/// <param name="Risk">Risk code.</param>
/// <param name="Decision">What was decided.</param>
/// <param name="Note">The body's words, if any.</param>
/// <param name="Action">For <see cref="DecisionKind.Treat"/>: the dated action it opens (its current state when read back); null otherwise.</param>
public sealed record RiskDecision(string Risk, DecisionKind Decision, string? Note, MitigationAction? Action = null);
