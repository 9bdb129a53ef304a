using MimeKit;

namespace RiskWorker.Mail;

/// <summary>One batch's channel to the destination. Not thread-safe: one message at a time.</summary>
internal interface IMailSession : IAsyncDisposable
{
    /// <summary>Delivers one message and returns the receipt (the server's answer, or the file written); throws on failure.</summary>
    Task<string> SendAsync(string key, MimeMessage message, CancellationToken cancellationToken);
}
