namespace RiskWorker.Notifications.Routing;

/// <summary>Who a mail goes to, in which language.</summary>
public sealed record Recipient(string Name, string Email, string Language);
