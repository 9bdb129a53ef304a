using System.Globalization;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// Reads a number as people and Excel write it in Kyrgyzstan, whatever the file's locale:
/// <list type="bullet">
/// <item>spaces are thousands separators: ordinary, no-break (U+00A0, Excel ru/ky) and narrow no-break (U+202F);</item>
/// <item>with both <c>,</c> and <c>.</c> the last one is the decimal mark and the other groups thousands (<c>1.234,5</c>, <c>1,234.5</c>);</item>
/// <item>a single <c>,</c> or <c>.</c> is the decimal mark (<c>45,5</c> = <c>45.5</c>; so <c>1,234</c> is 1.234 — write thousands with a space);</item>
/// <item>the same mark more than once groups thousands in threes (<c>1.234.567</c>);</item>
/// <item>a trailing <c>%</c> is reported, the number is kept as written (percent points);</item>
/// <item>the result must be finite: <c>1e400</c>, <c>∞</c>, <c>NaN</c> are refused.</item>
/// </list>
/// </summary>
internal static class NumberText
{
    /// <param name="words">The reader's words, in which <paramref name="error"/> is written.</param>
    public static bool TryParse(string text, Words words, out double value, out bool percentSign, out string error)
    {
        value = 0;
        error = "";
        var s = text.Trim();
        percentSign = s.EndsWith('%');
        if (percentSign) s = s[..^1];
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace("\u2009", "", StringComparison.Ordinal).Replace('−', '-');
        if (s.Length == 0) { error = words["error.import.no-number"]; return false; }

        var normalized = Normalize(s);
        if (normalized is null || !double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            error = words.Format("error.import.not-a-number", ("text", text.Trim()));
            return false;
        }

        if (!double.IsFinite(value)) { error = words.Format("error.import.not-finite", ("text", text.Trim())); return false; }
        return true;
    }

    private static string? Normalize(string s)
    {
        var comma = s.LastIndexOf(',');
        var point = s.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            var group = comma > point ? "." : ",";
            var cut = Math.Max(comma, point);
            var whole = Ungroup(s[..cut], group);
            return whole is null ? null : whole + "." + s[(cut + 1)..];
        }

        var sep = comma >= 0 ? "," : point >= 0 ? "." : null;
        if (sep is null) return s;
        return s.Count(ch => ch == sep[0]) == 1 ? s.Replace(sep, ".", StringComparison.Ordinal) : Ungroup(s, sep);
    }

    // "1.234.567" → "1234567"; groups after the first must have exactly three digits, else it is not a grouped number.
    private static string? Ungroup(string s, string group)
    {
        var parts = s.Split(group);
        if (parts.Skip(1).Any(p => p.Length != 3 || !p.All(char.IsAsciiDigit)) || parts[0].TrimStart('-', '+').Length is 0 or > 3) return null;
        return string.Concat(parts);
    }
}
