using System.Globalization;

namespace RiskWorker.Import;

/// <summary>Dates in import files: a date cell of a sheet, or text as yyyy-MM-dd or dd.MM.yyyy (d.M.yyyy too).</summary>
internal static class ImportDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static bool TryRead(Cell cell, out DateOnly date)
    {
        date = default;
        if (cell.Value is DateTime t) { date = DateOnly.FromDateTime(t); return true; }
        return DateOnly.TryParseExact(cell.Text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
