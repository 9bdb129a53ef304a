using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>The TLS handshake failed because the server's certificate was refused; the message says which certificate and why.</summary>
internal sealed class MailCertificateException(CliLine refusal, Exception innerException) : Exception(refusal.In(ReaderWords.ShippedEnglish), innerException)
{
    /// <summary>Which certificate and why, to be said in the reader's language.</summary>
    public CliLine Refusal { get; } = refusal;
}
