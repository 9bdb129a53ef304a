using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Reviews;

/// <summary>
/// The checks of <c>Reviews:Bodies</c> that need the register: every category and risk code a body names exists, its
/// language is one the register offers, and it has a name in each of them. Runs with the generated validator at start,
/// so the worker refuses to start rather than fail at the first campaign run.
/// </summary>
internal sealed class ReviewsRegisterValidator(IRiskRegister register) : IValidateOptions<ReviewsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewsOptions options)
    {
        var failures = new List<string>();
        var languages = register.Identity.Languages;
        foreach (var (id, body) in options.Bodies)
        {
            var key = $"{ReviewsOptions.Section}:Bodies:{id}";
            failures.AddRange(body.Categories.Where(c => register.FindCategory(c) is null).Select(c => $"{key}:Categories: no category '{c}' in the register."));
            failures.AddRange(body.Risks.Where(r => register.FindRisk(r) is null).Select(r => $"{key}:Risks: no risk '{r}' in the register."));
            if (body.Language.Length > 0 && !languages.Contains(body.Language))
                failures.Add($"{key}:Language '{body.Language}' is not a language the register offers ({string.Join(", ", languages)}).");
            failures.AddRange(body.Name.Keys.Where(l => !languages.Contains(l, StringComparer.OrdinalIgnoreCase))
                .Select(l => $"{key}:Name:{l}: the register offers no language '{l}' ({string.Join(", ", languages)})."));

            // The Council's name is known from the words; a configured one replaces it, so it must be complete too.
            var council = id.Equals(ReviewRecord.CouncilBody, StringComparison.OrdinalIgnoreCase);
            var missing = languages.Where(l => string.IsNullOrWhiteSpace(body.Name.GetValueOrDefault(l))).ToList();
            if (missing.Count > 0 && (!council || missing.Count < languages.Count))
                failures.Add($"{key}:Name needs a name in every language the register offers: {string.Join(", ", missing.Select(l => $"{key}:Name:{l}"))} missing.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
