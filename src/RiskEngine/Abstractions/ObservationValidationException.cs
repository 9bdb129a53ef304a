namespace RiskEngine;

/// <summary>A batch of observations was refused; nothing was written.</summary>
public sealed class ObservationValidationException : Exception
{
    private const int Listed = 50;

    /// <summary>Creates the exception from the problems found; its message is English.</summary>
    public ObservationValidationException(IReadOnlyList<ObservationError> errors)
        : base(Describe(errors, EngineWords.English))
        => Errors = errors;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ObservationError> Errors { get; }

    /// <summary>The refusal and one line per problem (the first 50), in the language of <paramref name="words"/>.</summary>
    public string Describe(Words words) => Describe(Errors, words);

    private static string Describe(IReadOnlyList<ObservationError> errors, Words words) =>
        words.Plural("error.observation.refused", errors.Count) + Environment.NewLine
        + string.Join(Environment.NewLine, errors.Take(Listed).Select(e => "  " + e.Describe(words)));
}
