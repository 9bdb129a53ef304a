using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Cli;

namespace RiskWorker.Reviews;

/// <summary>
/// The checks of <c>Reviews:Bodies</c>: those of each entry alone (<see cref="ReviewBodyChecks"/>), and those that need the register: every category and risk code a body names exists, its
/// language is one the register offers, and it has a name in each of them. Runs at start,
/// so the worker refuses to start rather than fail at the first campaign run. Failures in the reader's words.
/// </summary>
internal sealed class ReviewsRegisterValidator(IRiskRegister register, ReaderWords reader) : IValidateOptions<ReviewsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewsOptions options)
    {
        var failures = new List<CliLine>();
        var languages = register.Identity.Languages;
        var offered = string.Join(", ", languages);
        foreach (var (id, body) in options.Bodies)
        {
            var key = $"{ReviewsOptions.Section}:Bodies:{id}";
            var council = id.Equals(ReviewRecord.CouncilBody, StringComparison.OrdinalIgnoreCase);
            failures.AddRange(ReviewBodyChecks.Check(id, body, council));
            failures.AddRange(body.Categories.Where(c => register.FindCategory(c) is null).Select(c => new CliLine("error.settings.reviews.unknown-category", ("setting", key), ("code", c))));
            failures.AddRange(body.Risks.Where(r => register.FindRisk(r) is null).Select(r => new CliLine("error.settings.reviews.unknown-risk", ("setting", key), ("code", r))));
            if (body.Language.Length > 0 && !languages.Contains(body.Language))
                failures.Add(new("error.settings.unknown-language", ("setting", key + ":Language"), ("language", body.Language), ("offered", offered)));
            failures.AddRange(body.Name.Keys.Where(l => !languages.Contains(l, StringComparer.OrdinalIgnoreCase))
                .Select(l => new CliLine("error.settings.reviews.name-language", ("setting", key), ("language", l), ("offered", offered))));

            // The Council's name is known from the words; a configured one replaces it, so it must be complete too.
            var missing = languages.Where(l => string.IsNullOrWhiteSpace(body.Name.GetValueOrDefault(l))).ToList();
            if (missing.Count > 0 && (!council || missing.Count < languages.Count))
                failures.Add(new("error.settings.reviews.name-missing", ("setting", key), ("missing", string.Join(", ", missing.Select(l => $"{key}:Name:{l}")))));
        }

        return reader.Result(failures);
    }
}
