namespace RiskWorker.Import;

/// <summary>Where each known column is in a file, read from its header row. Unknown columns are ignored.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, string> _headers;

    private ColumnMap(Dictionary<string, int> index, Dictionary<string, string> headers) => (_index, _headers) = (index, headers);

    /// <summary>Maps the header row; a missing required column or a column named twice is an error.</summary>
    public static ColumnMap Read(TableRow header, IReadOnlyList<ImportColumn> columns, ITableSource source, List<ImportError> errors)
    {
        var index = new Dictionary<string, int>();
        var headers = columns.ToDictionary(c => c.Name, c => c.Header(source.Words));
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (columns.FirstOrDefault(c => c.Matches(header[i].Text)) is not { } column) continue;
            if (index.TryAdd(column.Name, i)) continue;
            errors.Add(new ImportError(header.Number, source.Locate(header.Number, i, headers[column.Name]),
                source.Words.Format("error.import.column-twice", ("column", headers[column.Name]), ("first", index[column.Name] + 1))));
        }

        foreach (var missing in columns.Where(c => c.Required && !index.ContainsKey(c.Name)))
        {
            // The reader's word first, then the stable name and every other language's words.
            var accepted = missing.Aliases.Prepend(missing.Name).Prepend(headers[missing.Name]).Distinct(StringComparer.OrdinalIgnoreCase);
            errors.Add(new ImportError(header.Number, source.Locate(header.Number, null, null),
                source.Words.Format("error.import.column-missing", ("column", headers[missing.Name]), ("accepted", string.Join(", ", accepted)))));
        }

        return new ColumnMap(index, headers);
    }

    public int Width => _index.Count == 0 ? 0 : _index.Values.Max() + 1;

    public int? this[string name] => _index.TryGetValue(name, out var i) ? i : null;

    public Cell Get(TableRow row, string name) => this[name] is { } i ? row[i] : default;

    /// <summary>How a message names the column: its header word in the reader's language.</summary>
    public string Header(string name) => _headers.GetValueOrDefault(name, name);

    /// <summary>Where the cell of <paramref name="name"/> is in <paramref name="row"/>, the column named as the reader reads it.</summary>
    public string Locate(ITableSource source, int row, string name) => source.Locate(row, this[name], Header(name));
}
