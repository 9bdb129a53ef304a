namespace RiskWorker.Import;

/// <summary>Opens a file to import by its extension.</summary>
internal static class TableSource
{
    public static ITableSource Open(string path)
    {
        if (!File.Exists(path)) throw new ImportRefusedException(path, [new ImportError(0, path, "file not found")]);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => new CsvTableSource(path),
            ".xlsx" or ".xls" => new XlsxTableSource(path),
            var other => throw new ImportRefusedException(path, [new ImportError(0, path, $"'{other}' files are not read: save it as .csv or .xlsx")]),
        };
    }
}
