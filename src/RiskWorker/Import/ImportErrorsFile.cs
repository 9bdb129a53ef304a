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
            return refused.Words.Plural("error.import.full-list-in", refused.Errors.Count, ("path", full));
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return refused.Words.Format("error.import.full-list-failed", ("path", full), ("reason", io.Message));
        }
    }
}
