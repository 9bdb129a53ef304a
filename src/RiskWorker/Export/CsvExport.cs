using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace RiskWorker.Export;

/// <summary>
/// Writes the sheet as Excel in that language expects to open it: UTF-8 with a BOM (so Cyrillic survives a double-click),
/// <c>;</c> and decimal comma where the language's culture writes a decimal comma (Kyrgyz, Russian), <c>,</c> and decimal point elsewhere (English).
/// </summary>
internal static class CsvExport
{
    public static void Write(AssessmentSheet sheet, CultureInfo culture, string path)
    {
        var comma = culture.NumberFormat.NumberDecimalSeparator == ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = comma ? ";" : ",", NewLine = "\r\n" };
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = new CsvWriter(writer, config);
        foreach (var title in sheet.Titles) Row(csv, [title]);
        Row(csv, [.. sheet.Header]);
        foreach (var row in sheet.Rows) Row(csv, row.Select(c => c is double d ? Number(d, comma) : c).ToArray());
    }

    // Formatted here rather than with the culture, so a number reads the same whatever grouping the culture data has.
    private static string Number(double value, bool decimalComma)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return decimalComma ? text.Replace('.', ',') : text;
    }

    private static void Row(CsvWriter csv, object?[] cells)
    {
        foreach (var cell in cells) csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "");
        csv.NextRecord();
    }
}
