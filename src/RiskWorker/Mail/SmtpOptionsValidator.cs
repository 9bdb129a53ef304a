using Microsoft.Extensions.Options;
using MimeKit;

namespace RiskWorker.Mail;

/// <summary>Refuses an <c>Smtp</c> section that could not deliver, naming the setting. Never echoes the password.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Security)) failures.Add("Smtp:Security must be StartTls, SslOnConnect or None.");
        if (options.Port is < 0 or > 65535) failures.Add("Smtp:Port must be between 1 and 65535 (0 = the usual port for Smtp:Security).");
        if (options.TimeoutSeconds is < 1 or > 600) failures.Add("Smtp:TimeoutSeconds must be between 1 and 600.");
        if (options.RetryAttempts is < 0 or > 10) failures.Add("Smtp:RetryAttempts must be between 0 and 10.");
        if (!double.IsFinite(options.RetryDelaySeconds) || options.RetryDelaySeconds is < 0 or > 300) failures.Add("Smtp:RetryDelaySeconds must be between 0 and 300.");
        if (!string.IsNullOrWhiteSpace(options.From) && !IsAddress(options.From)) failures.Add($"Smtp:From '{options.From}' is not an email address.");

        foreach (var (key, path) in new[] { (nameof(options.TrustedCaFile), options.TrustedCaFile), (nameof(options.PinnedCertificateFile), options.PinnedCertificateFile) })
        {
            if (string.IsNullOrWhiteSpace(path)) continue;
            if (PemCertificates.Read("Smtp:" + key, path).Error is { } error) failures.Add(error);
            if (options.Security == SmtpSecurity.None) failures.Add($"Smtp:{key} is set but Smtp:Security is None: no certificate is checked without TLS.");
        }

        if (options.UsesServer)
        {
            if (string.IsNullOrWhiteSpace(options.From)) failures.Add("Smtp:From is required when Smtp:Host is set.");
            var hasUser = !string.IsNullOrEmpty(options.User);
            if (hasUser != !string.IsNullOrEmpty(options.Password)) failures.Add("Smtp:User and Smtp:Password must be set together.");
            if (hasUser && options.Security == SmtpSecurity.None)
                failures.Add("Smtp:User is set but Smtp:Security is None: the password would cross the network in clear text. Use StartTls or SslOnConnect.");
        }
        else if (string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add("Smtp:PickupDirectory is required when Smtp:Host is not set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsAddress(string value) =>
        MailboxAddress.TryParse(value, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal) && !mailbox.Address.EndsWith('@');
}
