using RiskWorker.Cli;

namespace RiskWorker.Export;

/// <summary>
/// The format of <c>export assessments</c>: the file's extension decides, and <c>--format</c>, when given, must agree with it,
/// so a .xlsx name never holds CSV and Excel never refuses a file it was told is its own.
/// </summary>
internal static class ExportFormat
{
    /// <summary>"csv" or "xlsx"; or null with <paramref name="error"/> saying, in one line, what to change.</summary>
    public static string? Resolve(string? format, string path, out CliLine? error)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var fromName = extension switch { ".csv" => "csv", ".xlsx" => "xlsx", _ => null };
        error = (fromName, format) switch
        {
            (null, _) when extension.Length == 0 => new CliLine("error.cli.export-no-extension", ("path", path)),
            (null, _) => new CliLine("error.cli.export-extension", ("path", path), ("extension", extension)),
            (_, not null) when format != fromName => new CliLine("error.cli.export-format", ("path", path), ("name", fromName), ("format", format)),
            _ => null,
        };
        return error is null ? fromName : null;
    }
}
