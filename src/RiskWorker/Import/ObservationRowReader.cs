using System.Globalization;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// Turns one row of an indicator file into an <see cref="Observation"/>, or into errors naming the cell. Only what the
/// library cannot judge is checked here (cells that are not numbers, the percent notation); unknown codes, periods,
/// ranges, duplicates and conflicts are the library's (<see cref="IObservationStore"/>).
/// </summary>
internal sealed class ObservationRowReader(IRiskRegister register, IReadOnlyList<ScopeInfo> scopes, ITableSource source, ColumnMap map, int headerWidth)
{
    // The institution-wide scope by its code or by the import.university words of any language the register offers.
    private readonly HashSet<string> _universityWords = new(register.Words.Languages.SelectMany(l => ImportWords.Spellings(register.Words.For(l), "import.university")).Append(Scopes.University), StringComparer.OrdinalIgnoreCase);
    private readonly Words _words = source.Words;
    private readonly Dictionary<string, Indicator> _indicators = register.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _scopes = scopes.ToDictionary(s => s.Code, s => s.Code, StringComparer.OrdinalIgnoreCase);

    public Observation? Read(TableRow row, List<ImportError> errors)
    {
        var before = errors.Count;
        for (var i = headerWidth; i < row.Cells.Count; i++)
        {
            if (!row[i].IsEmpty) Fail(row, i, null, _words.Format("error.import.unheaded-cell", ("text", row[i].Text)), errors);
        }

        var code = map.Get(row, "indicator").Text;
        if (code.Length == 0) Fail(row, "indicator", source.Missing("indicator-code"), errors);
        var indicator = _indicators.GetValueOrDefault(code);
        var period = Period(row, errors);
        var value = Value(row, indicator, errors);
        var scopeText = map.Get(row, "scope").Text;
        var scope = scopeText.Length == 0 || _universityWords.Contains(scopeText) ? Scopes.University : _scopes.GetValueOrDefault(scopeText, scopeText);
        var note = map.Get(row, "note").Text;
        return errors.Count > before ? null : new Observation(indicator?.Code ?? code, period!, value!.Value, scope, note.Length == 0 ? null : note);
    }

    private string? Period(TableRow row, List<ImportError> errors)
    {
        var cell = map.Get(row, "period");
        switch (cell.Value)
        {
            case double d when d == Math.Floor(d) && d is >= 1900 and <= 2100: return ((int)d).ToString(CultureInfo.InvariantCulture);
            case double d: Fail(row, "period", _words.Format("error.import.not-year-or-date", ("value", d.ToString(CultureInfo.InvariantCulture))), errors); return null;
            case var _ when cell.IsEmpty: Fail(row, "period", source.Missing("period"), errors); return null;
            case string when ImportDates.TryRead(cell, out var day): return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            default: return cell.Text;
        }
    }

    private double? Value(TableRow row, Indicator? indicator, List<ImportError> errors)
    {
        var cell = map.Get(row, "value");
        double value;
        bool percent;
        if (cell.Value is double d)
        {
            (value, percent) = cell.PercentFormat ? (d * 100, true) : (d, false);
            value = Math.Round(value, 10); // 0.455 × 100 must read 45.5, not 45.500000000000007
        }
        else if (cell.IsEmpty) { Fail(row, "value", source.Missing("value"), errors); return null; }
        else if (!NumberText.TryParse(cell.Text, _words, out value, out percent, out var error)) { Fail(row, "value", error, errors); return null; }

        if (indicator is null) return value;
        if (cell.Value is string && CountRule.IsAmbiguous(indicator, cell.Text)) { Fail(row, "value", CountRule.Explain(indicator, cell.Text, _words), errors); return null; }
        if (percent && !indicator.IsPercent) { Fail(row, "value", _words.Format("error.import.percent-on-count", ("text", cell.Text), ("indicator", indicator.Code), ("unit", indicator.Unit)), errors); return null; }
        if (!percent && indicator.IsPercent && PercentRule.IsAmbiguous(indicator, value))
        {
            Fail(row, "value", PercentRule.Explain(indicator, cell.Text, _words), errors);
            return null;
        }

        return value;
    }

    private void Fail(TableRow row, string column, string message, List<ImportError> errors) => Fail(row, map[column], map.Header(column), message, errors);

    private void Fail(TableRow row, int? column, string? name, string message, List<ImportError> errors) =>
        errors.Add(new ImportError(row.Number, source.Locate(row.Number, column, name), message));
}
