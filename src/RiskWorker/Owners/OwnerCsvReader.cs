using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace RiskWorker.Owners;

/// <summary>
/// Reads <c>name,email,language,roles</c> (header required, any order, case-insensitive). The delimiter is detected
/// among comma, semicolon and tab because Russian and Kyrgyz Excel exports use semicolons; roles within the field are
/// separated by <c>|</c>, <c>;</c> or <c>,</c>.
/// </summary>
internal static class OwnerCsvReader
{
    private static readonly string[] Columns = ["name", "email", "language", "roles"];

    public static IReadOnlyList<OwnerRow> Read(string path, List<OwnerImportError> errors)
    {
        var name = Path.GetFileName(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
        };
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            errors.Add(new(name, 1, new("error.owners.csv-empty")));
            return [];
        }

        var missing = Columns.Where(c => c != "language" && !csv.HeaderRecord!.Any(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new(name, 1, new("error.owners.csv-columns", ("columns", string.Join(", ", missing)))));
            return [];
        }

        var hasLanguage = csv.HeaderRecord!.Any(h => h.Trim().Equals("language", StringComparison.OrdinalIgnoreCase));
        var rows = new List<OwnerRow>();
        while (csv.Read())
        {
            // RawRow counts physical lines up to the end of this record, so blank lines before it do not shift it.
            var line = csv.Parser.RawRow;
            var roles = (csv.GetField("roles") ?? "").Split(['|', ';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add(new OwnerRow(line, csv.GetField("name"), csv.GetField("email"), hasLanguage ? csv.GetField("language") : null, roles));
        }

        return rows;
    }
}
