namespace RiskEngine;

/// <summary>One rating of every risk on a date.</summary>
/// <param name="Id">Stored id; null for a what-if that was not stored.</param>
/// <param name="AsOf">Date the facts were taken on.</param>
/// <param name="EvaluatedAt">When it ran.</param>
/// <param name="RuleSetVersion">Hash of the rules directory.</param>
/// <param name="Illustrative">The data set is the illustrative demo, not real figures.</param>
/// <param name="Risks">Assessments, in register order.</param>
public sealed record Evaluation(long? Id, DateOnly AsOf, DateTimeOffset EvaluatedAt, string RuleSetVersion, bool Illustrative, IReadOnlyList<RiskAssessment> Risks);
