namespace RiskEngine;

/// <summary>A batch of observations was refused; nothing was written.</summary>
public sealed class ObservationValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ObservationValidationException(IReadOnlyList<ObservationError> errors)
        : base($"{errors.Count} observation(s) refused; nothing was written:{Environment.NewLine}"
               + string.Join(Environment.NewLine, errors.Take(50).Select(e => $"  #{e.Index + 1} {e.Field}: {e.Message}")))
        => Errors = errors;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ObservationError> Errors { get; }
}
