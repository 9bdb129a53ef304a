namespace RiskWorker.Import;

/// <summary>A file was refused as a whole; nothing was written. The verb prints every error and exits with 2.</summary>
internal sealed class ImportRefusedException(string file, IReadOnlyList<ImportError> errors)
    : Exception($"{file} refused ({errors.Count} error(s)); nothing was written.")
{
    private const int Shown = 200;

    public IReadOnlyList<ImportError> Errors { get; } = [.. errors.OrderBy(e => e.Row)];

    /// <summary>The message, then each error on its own line (the first 200; a million bad rows must not flood the terminal).</summary>
    public string Report()
    {
        var lines = Errors.Take(Shown).Select(e => "  " + e).Prepend(Message);
        if (Errors.Count > Shown) lines = lines.Append($"  … and {Errors.Count - Shown} more");
        return string.Join(Environment.NewLine, lines);
    }
}
