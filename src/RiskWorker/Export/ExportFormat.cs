namespace RiskWorker.Export;

/// <summary>
/// The format of <c>export assessments</c>: the file's extension decides, and <c>--format</c>, when given, must agree with it,
/// so a .xlsx name never holds CSV and Excel never refuses a file it was told is its own.
/// </summary>
internal static class ExportFormat
{
    /// <summary>"csv" or "xlsx"; or null with <paramref name="error"/> saying, in one line, what to change.</summary>
    public static string? Resolve(string? format, string path, out string? error)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var fromName = extension switch { ".csv" => "csv", ".xlsx" => "xlsx", _ => null };
        error = (fromName, format) switch
        {
            (null, _) when extension.Length == 0 => $"--out {path}: give the file an extension, .csv or .xlsx",
            (null, _) => $"--out {path}: '{extension}' files are not written; use .csv or .xlsx",
            (_, not null) when format != fromName => $"--out {path}: the name says {fromName} but --format says {format}; make them agree",
            _ => null,
        };
        return error is null ? fromName : null;
    }
}
