namespace RiskEngine;

/// <summary>One problem with one observation of a batch.</summary>
/// <param name="Index">Position in the batch, from 0.</param>
/// <param name="Field">Field at fault: <c>indicator</c>, <c>period</c>, <c>value</c> or <c>scope</c>.</param>
/// <param name="Problem">What is wrong, in any language (<see cref="EngineMessage.Render"/>).</param>
public sealed record ObservationError(int Index, string Field, EngineMessage Problem)
{
    /// <summary>What is wrong, in English.</summary>
    public string Message => Problem.ToString();

    /// <summary>The problem as one line, <c>#3 value: …</c>, in the language of <paramref name="words"/>.</summary>
    public string Describe(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Format("error.observation.line", ("number", Index + 1), ("field", words[$"error.observation.field.{Field}"]), ("problem", Problem.Render(words)));
    }
}
