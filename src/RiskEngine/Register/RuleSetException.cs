namespace RiskEngine;

/// <summary>Thrown when the rules directory cannot be loaded; lists every error found, not just the first.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception from the errors found; its message is English.</summary>
    public RuleSetException(IReadOnlyList<RuleSetError> errors)
        : base(Describe(errors, EngineWords.English)) => Errors = errors;

    /// <summary>Every error found while loading.</summary>
    public IReadOnlyList<RuleSetError> Errors { get; }

    /// <summary>The refusal and one line per error, in the language of <paramref name="words"/>.</summary>
    public string Describe(Words words) => Describe(Errors, words);

    private static string Describe(IReadOnlyList<RuleSetError> errors, Words words) =>
        words.Plural("error.rules.refused", errors.Count) + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e.Describe(words)));
}
