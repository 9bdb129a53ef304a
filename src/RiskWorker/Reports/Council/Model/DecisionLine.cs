using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>A decision as the pack shows it: which body (named in the pack's language), when, and what it decided.</summary>
public sealed record DecisionLine(LocalizedText Body, DateOnly ReviewedOn, RiskDecision Decision);
