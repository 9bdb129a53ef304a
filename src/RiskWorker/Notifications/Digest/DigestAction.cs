namespace RiskWorker.Notifications.Digest;

/// <summary>An open mitigation action due soon or overdue.</summary>
public sealed record DigestAction(string Risk, string Text, DateOnly Due, string Status, int DaysOverdue);
