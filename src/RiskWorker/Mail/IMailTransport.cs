namespace RiskWorker.Mail;

/// <summary>Where outbox mail goes: an SMTP server or, without one, the pickup folder.</summary>
internal interface IMailTransport
{
    /// <summary><c>smtp://host:port</c> or the pickup folder's full path.</summary>
    string Destination { get; }

    /// <summary>A session for one batch; an SMTP session keeps one connection for the whole batch.</summary>
    IMailSession OpenSession();
}
