using RiskEngine;

namespace RiskWorker.Import;

/// <summary>Opens a file to import by its extension.</summary>
internal static class TableSource
{
    /// <param name="words">The reader's words: the source's description and every message about the file are in them.</param>
    public static ITableSource Open(string path, Words words)
    {
        if (!File.Exists(path)) throw new ImportRefusedException(path, [new ImportError(0, path, words["error.import.file-not-found"])], words);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => new CsvTableSource(path, words),
            ".xlsx" or ".xls" => new XlsxTableSource(path, words),
            var other => throw new ImportRefusedException(path, [new ImportError(0, path, words.Format("error.import.unsupported-file", ("extension", other)))], words),
        };
    }
}
