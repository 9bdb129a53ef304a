using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Reviews;

/// <summary>
/// The checks of <c>Reviews:Bodies</c> that need the register: every category and risk code a body names exists. Runs
/// with the generated validator at start, so the worker refuses to start rather than fail at the first campaign run.
/// </summary>
internal sealed class ReviewsRegisterValidator(IRiskRegister register) : IValidateOptions<ReviewsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReviewsOptions options)
    {
        var failures = new List<string>();
        foreach (var (id, body) in options.Bodies)
        {
            var key = $"{ReviewsOptions.Section}:Bodies:{id}";
            failures.AddRange(body.Categories.Where(c => register.FindCategory(c) is null).Select(c => $"{key}:Categories: no category '{c}' in the register."));
            failures.AddRange(body.Risks.Where(r => register.FindRisk(r) is null).Select(r => $"{key}:Risks: no risk '{r}' in the register."));
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
