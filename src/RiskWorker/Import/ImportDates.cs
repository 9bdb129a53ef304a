using System.Globalization;

namespace RiskWorker.Import;

/// <summary>
/// Dates in import files: a date cell of a sheet, or text as yyyy-MM-dd, dd.MM.yyyy or dd/MM/yyyy (one-digit day and month
/// too; the <c>error.import.not-a-date</c> word lists them). A slash date is day first, as Excel writes it in ky-KG (d/M/yyyy) and ru-RU; a US month-first file must use ISO dates.
/// </summary>
internal static class ImportDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"];

    public static bool TryRead(Cell cell, out DateOnly date)
    {
        date = default;
        if (cell.Value is DateTime t) { date = DateOnly.FromDateTime(t); return true; }
        return DateOnly.TryParseExact(cell.Text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
