using System.Globalization;

namespace RiskWorker.Import;

/// <summary>One cell as the file holds it: text from a CSV, or a typed value (number, date, text) from a sheet.</summary>
/// <param name="Value">The value; null when the cell is empty.</param>
/// <param name="PercentFormat">The sheet shows the number as a percentage, so it holds a fraction (0.45 for 45 %).</param>
internal readonly record struct Cell(object? Value, bool PercentFormat = false)
{
    public bool IsEmpty => Value is null || (Value is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>The cell as text: numbers in invariant form, dates as yyyy-MM-dd, so every later rule reads one notation.</summary>
    public string Text => Value switch
    {
        null => "",
        string s => s.Trim(),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var o => Convert.ToString(o, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
