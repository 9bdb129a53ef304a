using System.Globalization;

namespace RiskWorker.Import;

/// <summary>
/// Dates in import files: a date cell of a sheet, or text as yyyy-MM-dd, dd.MM.yyyy or dd/MM/yyyy (one-digit day and month
/// too). A slash date is day first, as Excel writes it in ky-KG (d/M/yyyy) and ru-RU; a US month-first file must use ISO dates.
/// </summary>
internal static class ImportDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d.M.yyyy", "d/M/yyyy"];

    /// <summary>What an error message lists as accepted.</summary>
    public const string Accepted = "yyyy-MM-dd, dd.MM.yyyy or dd/MM/yyyy, day first";

    public static bool TryRead(Cell cell, out DateOnly date)
    {
        date = default;
        if (cell.Value is DateTime t) { date = DateOnly.FromDateTime(t); return true; }
        return DateOnly.TryParseExact(cell.Text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
