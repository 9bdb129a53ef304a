namespace RiskWorker.Notifications.Digest;

/// <summary>A stale or missing indicator the reader's office must report, with what was last reported.</summary>
public sealed record DigestIndicator(string Code, string Name, string Unit, string? LastPeriod, double? LastValue, string? Note);
