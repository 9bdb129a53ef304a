using System.Text;

namespace RiskWorker.Import;

/// <summary><c>--errors FILE</c>: when a file is refused, every error goes to FILE (UTF-8, one a line), not just the 200 the console shows.</summary>
internal static class ImportErrorsFile
{
    public const string OptionName = "--errors";

    /// <summary>Writes the full list; returns the line that tells the reader where it is, or why it could not be written.</summary>
    public static async Task<string> WriteAsync(ImportRefusedException refused, string errorsFile)
    {
        var full = Path.GetFullPath(errorsFile);
        try
        {
            await File.WriteAllLinesAsync(full, refused.Errors.Select(e => e.ToString()).Prepend(refused.Message), new UTF8Encoding(false)).ConfigureAwait(false);
            return $"The full list of {refused.Errors.Count} error(s) is in {full}";
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return $"The full list could not be written to {full}: {io.Message}";
        }
    }
}
