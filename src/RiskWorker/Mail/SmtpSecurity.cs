namespace RiskWorker.Mail;

/// <summary>How the SMTP connection is secured (configuration <c>Smtp:Security</c>).</summary>
internal enum SmtpSecurity
{
    /// <summary>Connect in clear text, then upgrade with STARTTLS (port 587); refused if the server cannot. The default.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption; only for a local relay, and only when configured explicitly.</summary>
    None,
}
