using Microsoft.Extensions.Options;
using RiskWorker.Owners;

namespace RiskWorker.Notifications;

internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.FallbackEmail))
        {
            failures.Add("Notifications:FallbackEmail is required: the strategic-planning office's address, which gets the mail of roles nobody holds.");
        }
        else if (!EmailAddress.IsValid(options.FallbackEmail))
        {
            failures.Add($"Notifications:FallbackEmail '{options.FallbackEmail}' is not an email address.");
        }

        if (options.ActionHorizonDays is < 1 or > 366) failures.Add("Notifications:ActionHorizonDays must be between 1 and 366.");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
