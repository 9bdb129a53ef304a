namespace RiskWorker.Import;

/// <summary>One reason a file was refused.</summary>
/// <param name="Row">Line or row number, for ordering.</param>
/// <param name="Location">File, line (or sheet and row) and column.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ImportError(int Row, string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
