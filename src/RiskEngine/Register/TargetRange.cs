using System.Globalization;

namespace RiskEngine.Register;

/// <summary>
/// The values a target or baseline may take for a unit. Observations of the same unit are refused outside these
/// bounds, so a target outside them could never be met or missed honestly.
/// </summary>
internal static class TargetRange
{
    /// <summary>Why <paramref name="value"/> cannot be a target in <paramref name="unit"/>, or null when it can.</summary>
    public static string? Problem(string unit, double value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(value)) return $"{text} is not a finite number";
        if (unit == "%" && value is < 0 or > 100) return $"{text} is not a percentage from 0 to 100";
        return value < 0 ? $"{text} is negative, and a value in '{unit}' cannot be" : null;
    }
}
