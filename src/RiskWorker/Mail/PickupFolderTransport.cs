using Microsoft.Extensions.Options;

namespace RiskWorker.Mail;

/// <summary>Without an SMTP host, mail is written as <c>.eml</c> files into the pickup folder (same outbox semantics).</summary>
internal sealed class PickupFolderTransport(IOptions<SmtpOptions> options) : IMailTransport
{
    public string Destination => options.Value.Destination;

    public IMailSession OpenSession() => new PickupFolderSession(Destination);
}
