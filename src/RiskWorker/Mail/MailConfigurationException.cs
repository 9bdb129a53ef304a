using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>The mail settings do not work with the server (login refused, no TLS, sender refused). Nothing was marked failed.</summary>
/// <param name="destination">The server, <c>smtp://host:port</c>.</param>
/// <param name="problem">The server's answer or what failed (<see cref="MailFailures.Problem"/>: our words as a line, a server's or .NET's text as it is).</param>
/// <param name="pending">Messages that stay pending.</param>
internal sealed class MailConfigurationException(string destination, object problem, int pending, Exception innerException)
    : CliLineException(new CliLine("error.mail.settings", ("destination", destination), ("problem", problem), ("pending", pending)), innerException);
