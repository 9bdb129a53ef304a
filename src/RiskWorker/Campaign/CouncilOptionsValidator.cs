using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Output;
using RiskWorker.Owners;

namespace RiskWorker.Campaign;

internal sealed class CouncilOptionsValidator : IValidateOptions<CouncilOptions>
{
    public ValidateOptionsResult Validate(string? name, CouncilOptions options)
    {
        var failures = new List<string>();
        var hasDate = !string.IsNullOrWhiteSpace(options.MeetingDate);
        if (hasDate && options.Meeting is null) failures.Add($"Council:MeetingDate '{options.MeetingDate}' is not a date as yyyy-MM-dd.");

        if (string.IsNullOrWhiteSpace(options.SecretaryEmail))
        {
            if (hasDate) failures.Add("Council:SecretaryEmail is required with Council:MeetingDate: the secretary gets the review pack seven days before the meeting.");
        }
        else if (!EmailAddress.IsValid(options.SecretaryEmail))
        {
            failures.Add($"Council:SecretaryEmail '{options.SecretaryEmail}' is not an email address.");
        }

        if (!ShippedLanguages.All.Contains(options.SecretaryLanguage)) failures.Add($"Council:SecretaryLanguage '{options.SecretaryLanguage}' must be ky, ru or en.");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
