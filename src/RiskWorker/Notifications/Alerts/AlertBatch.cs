namespace RiskWorker.Notifications.Alerts;

/// <summary>The alerts of one evaluation against the one before it by date: how many risks changed and the mails for their owners.</summary>
/// <param name="EvaluationId">The evaluation alerted.</param>
/// <param name="AsOf">Its as-of date.</param>
/// <param name="ComparedWith">The evaluation before it by date; null when it is the first.</param>
/// <param name="Changes">Risks that rose, became above appetite or became critical.</param>
/// <param name="Mails">One per owner per changed risk.</param>
internal sealed record AlertBatch(long EvaluationId, DateOnly AsOf, long? ComparedWith, int Changes, IReadOnlyList<ComposedMail<AlertModel>> Mails);
