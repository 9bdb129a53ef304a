using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Campaign;

/// <summary>Checks the <c>Council</c> section at start; the secretary's language against the languages the register offers.</summary>
internal sealed class CouncilOptionsValidator(IRiskRegister register) : IValidateOptions<CouncilOptions>
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

        var languages = register.Identity.Languages;
        if (options.SecretaryLanguage.Length > 0 && !languages.Contains(options.SecretaryLanguage))
            failures.Add($"Council:SecretaryLanguage '{options.SecretaryLanguage}' is not a language the register offers ({string.Join(", ", languages)}).");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
