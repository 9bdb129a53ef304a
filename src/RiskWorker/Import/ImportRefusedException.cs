using RiskEngine;

namespace RiskWorker.Import;

/// <summary>A file was refused as a whole; nothing was written. The verb prints the errors and exits with 2.</summary>
/// <param name="words">The reader's words, in which the errors were written and the report is.</param>
internal sealed class ImportRefusedException(string file, IReadOnlyList<ImportError> errors, Words words)
    : Exception(words.Plural("error.import.refused", errors.Count, ("file", file)))
{
    private const int Shown = 200;

    public IReadOnlyList<ImportError> Errors { get; } = [.. errors.OrderBy(e => e.Row)];

    public Words Words { get; } = words;

    /// <summary>
    /// The message, then each error on its own line — the first 200, as a million bad rows must not flood the terminal —
    /// and last where the full list is (<paramref name="errorsFileNote"/>, from <c>--errors FILE</c>), or how to get it.
    /// </summary>
    public string Report(string? errorsFileNote = null)
    {
        var lines = Errors.Take(Shown).Select(e => "  " + e).Prepend(Message);
        if (Errors.Count > Shown) lines = lines.Append("  " + Words.Format("error.import.more", ("count", Errors.Count - Shown)));
        if (errorsFileNote is not null) lines = lines.Append(errorsFileNote);
        else if (Errors.Count > Shown) lines = lines.Append(Words.Plural("error.import.full-list-hint", Errors.Count));
        return string.Join(Environment.NewLine, lines);
    }
}
