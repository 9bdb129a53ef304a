using System.Text;

namespace RiskWorker.Import;

/// <summary><c>--errors FILE</c>: when a file is refused, every error goes to FILE (UTF-8, one a line), not just the 200 the console shows.</summary>
internal static class ImportErrorsFile
{
    public static async Task<T> OnRefusalAsync<T>(string? errorsFile, Func<Task<T>> import)
    {
        try
        {
            return await import().ConfigureAwait(false);
        }
        catch (ImportRefusedException ex) when (errorsFile is not null)
        {
            var full = Path.GetFullPath(errorsFile);
            try
            {
                await File.WriteAllLinesAsync(full, ex.Errors.Select(e => e.ToString()).Prepend(ex.Message), new UTF8Encoding(false)).ConfigureAwait(false);
                ex.ErrorsFileNote = $"The full list of {ex.Errors.Count} error(s) is in {full}";
            }
            catch (Exception io) when (io is IOException or UnauthorizedAccessException)
            {
                ex.ErrorsFileNote = $"The full list could not be written to {full}: {io.Message}";
            }

            throw;
        }
    }
}
