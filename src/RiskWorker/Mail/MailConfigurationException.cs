namespace RiskWorker.Mail;

/// <summary>The mail settings do not work with the server (login refused, no TLS, sender refused). Nothing was marked failed.</summary>
internal sealed class MailConfigurationException(string message, Exception innerException) : Exception(message, innerException);
