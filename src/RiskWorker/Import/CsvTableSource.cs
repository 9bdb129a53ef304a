using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// A CSV file as Excel writes it: UTF-8 with or without BOM, or Windows-1251 (Excel's "CSV" in a Russian locale);
/// <c>;</c>, <c>,</c> or tab between fields (taken from the header line); CRLF or LF; blank lines skipped.
/// </summary>
internal sealed partial class CsvTableSource : ITableSource
{
    private readonly string _path;
    private readonly string _name;
    private readonly MemoryStream _stream;
    private readonly Encoding _encoding;
    private readonly char _delimiter;

    static CsvTableSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public CsvTableSource(string path, Words words)
    {
        _path = path;
        Words = words;
        _name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        _encoding = DetectEncoding(bytes);
        _stream = new MemoryStream(bytes, writable: false);
        _delimiter = DetectDelimiter(_encoding.GetString(bytes, 0, Math.Min(bytes.Length, 64 * 1024)));
    }

    public Words Words { get; }

    public double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    public string Description => Words.Format("import.source.csv", ("file", _name),
        ("encoding", _encoding.CodePage == 1251 ? "Windows-1251" : _encoding.WebName.ToUpperInvariant()), ("separator", _delimiter == '\t' ? "\\t" : _delimiter.ToString()));

    public IEnumerable<TableRow> Rows()
    {
        using var text = new StreamReader(_stream, _encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = _delimiter.ToString(),
            IgnoreBlankLines = true,
            BadDataFound = null, // a stray quote keeps its text; the field is then judged like any other
            TrimOptions = TrimOptions.None,
        };
        using var parser = new CsvParser(text, config);
        while (parser.Read())
        {
            var fields = parser.Record ?? [];
            var row = new TableRow(parser.RawRow - LineBreaks(fields), Array.ConvertAll(fields, f => new Cell(f)));
            if (_encoding.CodePage == 1251) RefuseLostLetters(row);
            if (!row.IsBlank) yield return row;
        }
    }

    // Windows-1251 has no ң ө ү: Excel's ANSI save writes '?' for them, so a Kyrgyz header arrives as "к?рс?тк?ч" (and then
    // "no 'indicator' column" would list the very word the person typed) and a note would be stored garbled. A '?' directly
    // before a Cyrillic letter is such a lost letter; the whole file is refused, as it cannot be trusted.
    private void RefuseLostLetters(TableRow row)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = row.Cells[i].Text;
            if (!LostLetter().IsMatch(text)) continue;
            throw new ImportRefusedException(_path, [new ImportError(row.Number, Locate(row.Number, i, null),
                Words.Format("error.import.lost-letters", ("file", _name), ("text", text.Length > 40 ? text[..40] + "…" : text)))], Words);
        }
    }

    [GeneratedRegex(@"\?\p{IsCyrillic}")]
    private static partial Regex LostLetter();

    public string Locate(int row, int? column, string? columnName) =>
        column is { } c
            ? Words.Format("import.location.line-column", ("file", _name), ("line", row), ("column", c + 1)) + (columnName is null ? "" : $" ({columnName})")
            : Words.Format("import.location.line", ("file", _name), ("line", row));

    public string Missing(string what) => Words.Format("import.missing.cell", ("what", Words["import.missing." + what]));

    public void Dispose() => _stream.Dispose();

    // RawRow is the record's last physical line; a person looks for where it starts. Line breaks only occur inside quoted
    // fields (outside they end the record), so those in the fields are the lines the record spans beyond its first.
    private static int LineBreaks(string[] fields)
    {
        var breaks = 0;
        foreach (var f in fields)
        {
            if (f.AsSpan().IndexOfAny('\r', '\n') < 0) continue;
            for (var i = 0; i < f.Length; i++)
            {
                if (f[i] == '\n' || (f[i] == '\r' && (i + 1 == f.Length || f[i + 1] != '\n'))) breaks++;
            }
        }

        return breaks;
    }

    // A BOM decides; otherwise text that is valid UTF-8 is UTF-8, and anything else is taken as Windows-1251, the ANSI code page
    // of a Russian or Kyrgyz Windows (which cannot hold ң ө ү: such files must be saved as "CSV UTF-8").
    private static Encoding DetectEncoding(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return new UTF8Encoding(true);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode;
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1251);
        }
    }

    // The header names the separator: it holds only words, so of ; , and tab the one found most often outside quotes on
    // the first line that has any wins (a title line above the header has none; data lines may hold decimal commas).
    private static char DetectDelimiter(string start)
    {
        char[] candidates = [';', ',', '\t'];
        var header = start.TrimStart('\uFEFF').Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(10)
            .FirstOrDefault(l => candidates.Any(d => CountOutsideQuotes(l, d) > 0)) ?? "";
        return candidates.OrderByDescending(d => CountOutsideQuotes(header, d)).First();
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var (count, quoted) = (0, false);
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == delimiter) count++;
        }

        return count;
    }
}
