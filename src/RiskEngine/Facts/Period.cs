using System.Globalization;

namespace RiskEngine.Facts;

/// <summary>A reporting period: a whole year or a day. Owns how periods are ordered, placed on the year axis and aged.</summary>
internal readonly record struct Period(DateOnly Start, DateOnly End, string Text)
{
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var s = text?.Trim() ?? "";
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            period = new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), s);
            return true;
        }

        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];
        if (DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            period = new Period(day, day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return true;
        }

        return false;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is neither a year (2025) nor a date (2025-06-30).");

    /// <summary>Position on the year axis: a year is its own number, a day is its fraction of the year, so targets (by year) and values line up.</summary>
    public double YearPosition => Start == End ? Start.Year + (Start.DayOfYear - 1) / (double)(DateTime.IsLeapYear(Start.Year) ? 366 : 365) : Start.Year;
}
