using System.Text.RegularExpressions;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// <c>import indicators</c>: reads the whole file, collects every error (its own parsing errors and the library's
/// validation, mapped back to line or row and column), and writes all rows in one transaction or nothing.
/// </summary>
internal sealed partial class IndicatorImporter(IRiskRegister register, IObservationStore store, IScopeStore scopes)
{
    private const int ReportEvery = 4096;

    /// <param name="words">The reader's words, in which the progress and every error are written.</param>
    public async Task<IndicatorImportResult> ImportAsync(string path, bool replace, bool dryRun, Words words, IImportProgress progress, CancellationToken cancellationToken)
    {
        using var source = TableSource.Open(path, words);
        progress.Line(source.Description);
        var errors = new List<ImportError>();
        var observations = new List<Observation>();
        var rows = new List<int>();
        var table = new HeaderedTable(source, ImportColumns.Indicators(register.Words), path);
        var known = await scopes.GetAllAsync(cancellationToken).ConfigureAwait(false);
        ObservationRowReader? reader = null;
        var read = 0;
        foreach (var row in table.Rows())
        {
            reader ??= new ObservationRowReader(register, known, source, table.Map!, table.HeaderWidth);
            if (++read % ReportEvery == 0) progress.Rows(source.Progress, read);
            if (reader.Read(row, errors) is { } observation)
            {
                observations.Add(observation);
                rows.Add(row.Number);
            }
        }

        progress.Rows(1, read);
        progress.Line(words.Plural(dryRun || errors.Count > 0 ? "import.progress.checking" : "import.progress.checking-writing", read));

        ObservationWriteResult written;
        try
        {
            written = dryRun || errors.Count > 0
                ? await store.CheckAsync(observations, replace, cancellationToken).ConfigureAwait(false)
                : await store.AddAsync(observations, replace, cancellationToken).ConfigureAwait(false);
        }
        catch (ObservationValidationException ex)
        {
            errors.AddRange(ex.Errors.Select(e => Locate(e, source, table.Map!, rows)));
            written = new ObservationWriteResult(0, 0);
        }

        if (errors.Count > 0) throw new ImportRefusedException(path, errors, words);
        return new IndicatorImportResult(observations.Count, Distinct(observations, o => o.Indicator), Distinct(observations, o => o.Scope),
            Distinct(observations, o => o.Period), written.Inserted, written.Replaced, dryRun);
    }

    // The library names rows by their position in the batch ("#12"); the person needs the file's line or row.
    private static ImportError Locate(ObservationError error, ITableSource source, ColumnMap map, List<int> rows)
    {
        var line = rows[error.Index];
        var message = BatchReference().Replace(error.Message, m => int.TryParse(m.Groups[1].ValueSpan, out var n) && n >= 1 && n <= rows.Count ? Reference(source, rows[n - 1]) : m.Value);
        return new ImportError(line, map.Locate(source, line, error.Field), message);
    }

    private static string Reference(ITableSource source, int number) =>
        source.Words.Format(source is CsvTableSource ? "import.reference.line" : "import.reference.row", ("number", number));

    private static int Distinct(List<Observation> list, Func<Observation, string> key) => list.Select(key).Distinct(StringComparer.Ordinal).Count();

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex BatchReference();
}
