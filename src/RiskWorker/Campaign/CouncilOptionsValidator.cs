using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Owners;

namespace RiskWorker.Campaign;

/// <summary>Checks the <c>Council</c> section at start; the secretary's language against the languages the register offers. Failures in the reader's words.</summary>
internal sealed class CouncilOptionsValidator(IRiskRegister register, ReaderWords reader) : IValidateOptions<CouncilOptions>
{
    public ValidateOptionsResult Validate(string? name, CouncilOptions options)
    {
        var failures = new List<CliLine>();
        var hasDate = !string.IsNullOrWhiteSpace(options.MeetingDate);
        if (hasDate && options.Meeting is null) failures.Add(new("error.settings.council.meeting-date", ("date", options.MeetingDate)));

        if (string.IsNullOrWhiteSpace(options.SecretaryEmail))
        {
            if (hasDate) failures.Add(new("error.settings.council.secretary-required"));
        }
        else if (!EmailAddress.IsValid(options.SecretaryEmail))
        {
            failures.Add(new("error.settings.council.secretary-invalid", ("email", options.SecretaryEmail)));
        }

        var languages = register.Identity.Languages;
        if (options.SecretaryLanguage.Length > 0 && !languages.Contains(options.SecretaryLanguage))
            failures.Add(new("error.settings.unknown-language", ("setting", "Council:SecretaryLanguage"), ("language", options.SecretaryLanguage), ("offered", string.Join(", ", languages))));
        return reader.Result(failures);
    }
}
