using System.Text.RegularExpressions;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// A count written as one to three digits, one <c>,</c> or <c>.</c> and exactly three digits (<c>1,234</c>, <c>12.500</c>) is refused
/// as ambiguous: an en-US Excel groups thousands that way, while a ky/ru one means a decimal (1,234 = 1.234). Counts are
/// whole (a unit of kind <c>count</c> in units.json; a rate such as 0,125 publications per staff member is not), so the decimal reading is nearly always wrong and the other silently loses three orders of magnitude. Write
/// <c>1234</c> or <c>1 234</c>. Only text is judged; a number cell of a sheet is unambiguous.
/// </summary>
internal static partial class CountRule
{
    public static bool IsAmbiguous(Indicator indicator, string written) =>
        indicator.Measure.Kind == UnitKind.Count && ThousandsLike().IsMatch(written.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal));

    public static string Explain(Indicator indicator, string written, Words words)
    {
        var digits = string.Concat(written.Where(char.IsAsciiDigit));
        var whole = digits[..^3].TrimStart('0');
        var hint = whole.Length == 0 ? digits.TrimStart('0') : words.Format("import.or", ("items", whole + digits[^3..]), ("last", $"{whole} {digits[^3..]}"));
        return words.Format("error.import.ambiguous-count", ("written", written), ("indicator", indicator.Code), ("hint", hint));
    }

    [GeneratedRegex(@"^[+\-−]?\d{1,3}[.,]\d{3}$")]
    private static partial Regex ThousandsLike();
}
