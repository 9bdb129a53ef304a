namespace RiskWorker.Notifications.Templates;

/// <summary>A mail body as rendered: the HTML part and its plain-text alternative.</summary>
internal sealed record RenderedMail(string Html, string Text);
