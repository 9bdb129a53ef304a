using Microsoft.Extensions.Options;

namespace RiskWorker.Mail;

/// <summary>Delivers through MailKit to the configured SMTP server.</summary>
internal sealed class SmtpTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public string Destination => options.Value.Destination;

    public IMailSession OpenSession() => new SmtpMailSession(options.Value);
}
