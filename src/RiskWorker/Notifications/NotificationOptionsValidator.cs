using Microsoft.Extensions.Options;
using RiskWorker.Cli;
using RiskWorker.Owners;

namespace RiskWorker.Notifications;

/// <summary>Checks the <c>Notifications</c> section at start; failures in the reader's words.</summary>
internal sealed class NotificationOptionsValidator(ReaderWords reader) : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<CliLine>();
        if (string.IsNullOrWhiteSpace(options.FallbackEmail))
        {
            failures.Add(new("error.settings.notifications.fallback-required"));
        }
        else if (!EmailAddress.IsValid(options.FallbackEmail))
        {
            failures.Add(new("error.settings.notifications.fallback-invalid", ("email", options.FallbackEmail)));
        }

        if (options.ActionHorizonDays is < 1 or > 366) failures.Add(new("error.settings.notifications.horizon"));
        return reader.Result(failures);
    }
}
