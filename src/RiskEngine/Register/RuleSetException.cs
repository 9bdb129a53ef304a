namespace RiskEngine;

/// <summary>Thrown when the rules directory cannot be loaded; lists every error found, not just the first.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public RuleSetException(IReadOnlyList<RuleSetError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every error found while loading.</summary>
    public IReadOnlyList<RuleSetError> Errors { get; }

    private static string Describe(IReadOnlyList<RuleSetError> errors) =>
        $"The rule set was refused ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
