namespace RiskWorker.Import;

/// <summary>Where each known column is in a file, read from its header row. Unknown columns are ignored.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index;

    private ColumnMap(Dictionary<string, int> index) => _index = index;

    /// <summary>Maps the header row; a missing required column or a column named twice is an error.</summary>
    public static ColumnMap Read(TableRow header, IReadOnlyList<ImportColumn> columns, ITableSource source, List<ImportError> errors)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (columns.FirstOrDefault(c => c.Matches(header[i].Text)) is not { } column) continue;
            if (index.TryAdd(column.Name, i)) continue;
            errors.Add(new ImportError(header.Number, source.Locate(header.Number, i, column.Name), $"a second '{column.Name}' column (the first is column {index[column.Name] + 1})"));
        }

        foreach (var missing in columns.Where(c => c.Required && !index.ContainsKey(c.Name)))
        {
            errors.Add(new ImportError(header.Number, source.Locate(header.Number, null, null),
                $"no '{missing.Name}' column in the header (accepted: {string.Join(", ", missing.Aliases.Prepend(missing.Name))})"));
        }

        return new ColumnMap(index);
    }

    public int Width => _index.Count == 0 ? 0 : _index.Values.Max() + 1;

    public int? this[string name] => _index.TryGetValue(name, out var i) ? i : null;

    public Cell Get(TableRow row, string name) => this[name] is { } i ? row[i] : default;
}
