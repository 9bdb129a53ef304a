namespace RiskWorker.Notifications.Digest;

/// <summary>An open mitigation action due soon or overdue (or, in the Council campaign, any open one; those may have no due date).</summary>
public sealed record DigestAction(string Risk, string Text, DateOnly? Due, string Status, int DaysOverdue);
