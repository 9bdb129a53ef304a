namespace RiskWorker.Mail;

/// <summary>The TLS handshake failed because the server's certificate was refused; the message says which certificate and why.</summary>
internal sealed class MailCertificateException(string refusal, Exception innerException) : Exception(refusal, innerException);
