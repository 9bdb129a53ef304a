using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>The last Council review: its date and the evaluation it marked.</summary>
public sealed record ReviewPoint(DateOnly ReviewedOn, Evaluation Evaluation);
