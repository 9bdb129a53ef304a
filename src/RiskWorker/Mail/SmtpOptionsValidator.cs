using Microsoft.Extensions.Options;
using MimeKit;
using RiskWorker.Cli;

namespace RiskWorker.Mail;

/// <summary>Refuses an <c>Smtp</c> section that could not deliver, naming the setting, in the reader's words. Never echoes the password.</summary>
internal sealed class SmtpOptionsValidator(ReaderWords reader) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<CliLine>();
        if (!Enum.IsDefined(options.Security)) failures.Add(new("error.settings.smtp.security"));
        if (options.Port is < 0 or > 65535) failures.Add(new("error.settings.smtp.port"));
        if (options.TimeoutSeconds is < 1 or > 600) failures.Add(new("error.settings.smtp.timeout"));
        if (options.ClaimLeaseSeconds is < 1 or > 86400) failures.Add(new("error.settings.smtp.claim-lease"));
        if (options.RetryAttempts is < 0 or > 10) failures.Add(new("error.settings.smtp.retry-attempts"));
        if (!double.IsFinite(options.RetryDelaySeconds) || options.RetryDelaySeconds is < 0 or > 300) failures.Add(new("error.settings.smtp.retry-delay"));
        if (!string.IsNullOrWhiteSpace(options.From) && !IsAddress(options.From)) failures.Add(new("error.settings.smtp.from-invalid", ("from", options.From)));

        foreach (var (key, path) in new[] { (nameof(options.TrustedCaFile), options.TrustedCaFile), (nameof(options.PinnedCertificateFile), options.PinnedCertificateFile) })
        {
            if (string.IsNullOrWhiteSpace(path)) continue;
            if (PemCertificates.Read("Smtp:" + key, path).Error is { } error) failures.Add(error);
            if (options.Security == SmtpSecurity.None) failures.Add(new("error.settings.smtp.certificate-without-tls", ("setting", "Smtp:" + key)));
        }

        if (options.UsesServer)
        {
            if (string.IsNullOrWhiteSpace(options.From)) failures.Add(new("error.settings.smtp.from-required"));
            var hasUser = !string.IsNullOrEmpty(options.User);
            if (hasUser != !string.IsNullOrEmpty(options.Password)) failures.Add(new("error.settings.smtp.user-password"));
            if (hasUser && options.Security == SmtpSecurity.None)
                failures.Add(new("error.settings.smtp.user-without-tls"));
        }
        else if (string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add(new("error.settings.smtp.pickup-required"));
        }

        return reader.Result(failures);
    }

    public static bool IsAddress(string value) =>
        MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal) && !mailbox.Address.EndsWith('@');
}
