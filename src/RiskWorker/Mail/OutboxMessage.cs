namespace RiskWorker.Mail;

/// <summary>An email as composed, before it is stored in the outbox.</summary>
/// <param name="Key">Unique key that makes sending exactly-once: person + kind + period (or risk + level).</param>
/// <param name="Kind"><c>digest</c>, <c>alert</c>, <c>campaign-30</c>, <c>campaign-14</c>, <c>campaign-7</c>, …</param>
/// <param name="ToAddress">Recipient address.</param>
/// <param name="ToName">Recipient display name.</param>
/// <param name="Language">The recipient's language, one the register offers.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="HtmlBody">HTML part (every piece of user data already encoded by the template).</param>
/// <param name="TextBody">Plain-text alternative.</param>
internal sealed record OutboxMessage(string Key, string Kind, string ToAddress, string ToName, string Language, string Subject, string HtmlBody, string TextBody)
{
    /// <summary>Files sent with the message, stored with it in the same transaction. Default: none.</summary>
    public IReadOnlyList<OutboxAttachment> Attachments { get; init; } = [];
}
