namespace RiskWorker.Import;

/// <summary>One reason a file was refused.</summary>
/// <param name="Row">Line or row number, for ordering (the first line of a record that spans several).</param>
/// <param name="Location">File, line (or sheet and row) and column.</param>
/// <param name="Message">What is wrong; a line break inside a quoted value is shown as \r or \n, so one error stays one line.</param>
internal sealed record ImportError(int Row, string Location, string Message)
{
    public string Message { get; } = Message.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public override string ToString() => $"{Location}: {Message}";
}
