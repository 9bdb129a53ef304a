namespace RiskWorker.Tests.Support;

/// <summary>How the scripted server (<c>smtp_handler.py</c>) misbehaves. Every RCPT decision and each new connection is journalled.</summary>
/// <param name="DeferFirst">Recipient → how many RCPT TO are answered 451 before it is accepted.</param>
/// <param name="DropFirst">Recipient → how many times the connection is cut at its RCPT TO, without an answer.</param>
/// <param name="RejectPattern">Recipients matching this regular expression are answered 550.</param>
/// <param name="HangOn">RCPT TO this recipient is never answered.</param>
/// <param name="DataDelaySeconds">Each DATA is answered this much later (a slow relay).</param>
internal sealed record SmtpServerBehaviour(
    IReadOnlyDictionary<string, int>? DeferFirst = null, IReadOnlyDictionary<string, int>? DropFirst = null, string? RejectPattern = null, string? HangOn = null,
    double? DataDelaySeconds = null)
{
    /// <summary>Accepts everything like the stock handler, but journals decisions and connections.</summary>
    public static SmtpServerBehaviour Polite { get; } = new();
}
