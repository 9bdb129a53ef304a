namespace RiskWorker.Import;

/// <summary>
/// The rows of a source below its header. The header is the first row naming any known column; rows above it that name
/// none (a title, "ILLUSTRATIVE", "as of …" — what offices put on top of a sheet) are skipped, up to ten of them.
/// </summary>
internal sealed class HeaderedTable(ITableSource source, IReadOnlyList<ImportColumn> columns, string path)
{
    private const int MaxTitleRows = 10;

    public ColumnMap? Map { get; private set; }

    /// <summary>Columns up to the last non-empty header cell; a value to the right of it has no column.</summary>
    public int HeaderWidth { get; private set; }

    public IEnumerable<TableRow> Rows()
    {
        using var rows = source.Rows().GetEnumerator();
        TableRow? first = null;
        for (var seen = 0; Map is null; seen++)
        {
            if (!rows.MoveNext())
            {
                var where = first is null ? Path.GetFileName(path) : source.Locate(first.Number, null, null);
                var problem = first is null
                    ? source.Words["error.import.empty-file"]
                    : source.Words.Format("error.import.no-header", ("columns", string.Join(", ", columns.Select(c => c.Header(source.Words)))));
                throw new ImportRefusedException(path, [new ImportError(first?.Number ?? 0, where, problem)], source.Words);
            }

            first ??= rows.Current;
            if (seen < MaxTitleRows && !rows.Current.Cells.Any(c => columns.Any(k => k.Matches(c.Text)))) continue;
            var errors = new List<ImportError>();
            Map = ColumnMap.Read(rows.Current, columns, source, errors);
            if (errors.Count > 0) throw new ImportRefusedException(path, errors, source.Words);
            HeaderWidth = rows.Current.Cells.ToList().FindLastIndex(c => !c.IsEmpty) + 1;
        }

        while (rows.MoveNext()) yield return rows.Current;
    }
}
