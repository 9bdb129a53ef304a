namespace RiskWorker.Notifications.Alerts;

/// <summary>The alerts of one evaluation: how many risks changed and the mails for their owners.</summary>
internal sealed record AlertBatch(DateOnly AsOf, int Changes, IReadOnlyList<ComposedMail<AlertModel>> Mails);
