namespace RiskWorker.Import;

/// <summary>A file was refused as a whole; nothing was written. The verb prints the errors and exits with 2.</summary>
internal sealed class ImportRefusedException(string file, IReadOnlyList<ImportError> errors)
    : Exception($"{file} refused ({errors.Count} error(s)); nothing was written.")
{
    private const int Shown = 200;

    public IReadOnlyList<ImportError> Errors { get; } = [.. errors.OrderBy(e => e.Row)];

    /// <summary>
    /// The message, then each error on its own line — the first 200, as a million bad rows must not flood the terminal —
    /// and last where the full list is (<paramref name="errorsFileNote"/>, from <c>--errors FILE</c>), or how to get it.
    /// </summary>
    public string Report(string? errorsFileNote = null)
    {
        var lines = Errors.Take(Shown).Select(e => "  " + e).Prepend(Message);
        if (Errors.Count > Shown) lines = lines.Append($"  … and {Errors.Count - Shown} more.");
        if (errorsFileNote is not null) lines = lines.Append(errorsFileNote);
        else if (Errors.Count > Shown) lines = lines.Append($"The full list of {Errors.Count} errors: run the same command with --errors FILE.");
        return string.Join(Environment.NewLine, lines);
    }
}
