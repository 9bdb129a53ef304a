namespace RiskWorker.Mail;

/// <summary>
/// Configuration section <c>Smtp</c> (appsettings or environment, e.g. <c>Smtp__Host</c>). Without a
/// <see cref="Host"/> mail is written as <c>.eml</c> files into <see cref="PickupDirectory"/> instead of sent.
/// Validated at start by <see cref="SmtpOptionsValidator"/>.
/// </summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>SMTP server name. Default: none, which means the pickup folder.</summary>
    public string? Host { get; set; }

    /// <summary>Server port. Default: 0, meaning 587 for StartTls, 465 for SslOnConnect, 25 for None.</summary>
    public int Port { get; set; }

    /// <summary>Connection security. Default: <see cref="SmtpSecurity.StartTls"/>.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>User name for SMTP AUTH. Default: none (no authentication).</summary>
    public string? User { get; set; }

    /// <summary>Password for SMTP AUTH; from configuration or environment only, never logged. Default: none.</summary>
    public string? Password { get; set; }

    /// <summary>Sender, <c>address</c> or <c>Name &lt;address&gt;</c>. Required with a host. Default: none (pickup mail says riskengine@localhost).</summary>
    public string? From { get; set; }

    /// <summary>Timeout of each SMTP operation in seconds. Default: 60.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Retries of a transient failure (4xx, connection, timeout) within one run before the message is left for the next run. Default: 3.</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>First retry delay in seconds, doubled on each retry, with jitter. Default: 2.</summary>
    public double RetryDelaySeconds { get; set; } = 2;

    /// <summary>
    /// PEM file of certificate authorities trusted for the server's certificate in addition to the system store, e.g.
    /// the university's own authority that issued an internal relay's certificate. Default: none (the system store only).
    /// </summary>
    public string? TrustedCaFile { get; set; }

    /// <summary>PEM file of server certificates trusted as they are (pinned), e.g. a self-signed relay's. Default: none.</summary>
    public string? PinnedCertificateFile { get; set; }

    /// <summary>Folder for <c>.eml</c> files when no host is set. Default: <c>data/mail-outbox</c> under the working directory.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail-outbox");

    /// <summary>True when mail goes to an SMTP server rather than the pickup folder.</summary>
    public bool UsesServer => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The port actually used: <see cref="Port"/>, or the usual one for <see cref="Security"/>.</summary>
    public int EffectivePort => Port != 0 ? Port : Security switch
    {
        SmtpSecurity.SslOnConnect => 465,
        SmtpSecurity.None => 25,
        _ => 587,
    };

    /// <summary>Where mail goes, for logs and reports.</summary>
    public string Destination => UsesServer ? $"smtp://{Host}:{EffectivePort}" : Path.GetFullPath(PickupDirectory);

    // Options end up in logs and exception texts; the password must not.
    public override string ToString() =>
        $"Smtp {{ Host = {Host}, Port = {EffectivePort}, Security = {Security}, User = {User}, Password = {(string.IsNullOrEmpty(Password) ? "(none)" : "(set)")}, "
        + $"From = {From}, TimeoutSeconds = {TimeoutSeconds}, RetryAttempts = {RetryAttempts}, RetryDelaySeconds = {RetryDelaySeconds}, "
        + $"TrustedCaFile = {TrustedCaFile}, PinnedCertificateFile = {PinnedCertificateFile}, PickupDirectory = {PickupDirectory} }}";
}
