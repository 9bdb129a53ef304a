namespace RiskWorker.Tests.Support;

/// <summary>How the scripted server (<c>smtp_handler.py</c>) misbehaves; all empty means aiosmtpd's stock Mailbox handler.</summary>
/// <param name="DeferFirst">Recipient → how many RCPT TO are answered 451 before it is accepted.</param>
/// <param name="RejectPattern">Recipients matching this regular expression are answered 550.</param>
/// <param name="HangOn">RCPT TO this recipient is never answered.</param>
internal sealed record SmtpServerBehaviour(IReadOnlyDictionary<string, int>? DeferFirst = null, string? RejectPattern = null, string? HangOn = null)
{
    public static SmtpServerBehaviour Stock { get; } = new();

    public bool IsStock => DeferFirst is null or { Count: 0 } && RejectPattern is null && HangOn is null;
}
