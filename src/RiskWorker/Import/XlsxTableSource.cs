using System.Text;
using ExcelDataReader;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The first sheet of an .xlsx (or .xls) workbook, streamed with ExcelDataReader so a large file does not load whole.
/// Numbers, dates and text keep their types; a cell shown as a percentage is flagged (it holds the fraction).
/// </summary>
internal sealed class XlsxTableSource : ITableSource
{
    private readonly string _path;
    private readonly string _name;
    private readonly FileStream _stream;
    private readonly IExcelDataReader _reader;
    private int _read;

    // ExcelDataReader asks for code page 1252 even for .xlsx (FIELD-GUIDE §5).
    static XlsxTableSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public XlsxTableSource(string path, Words words)
    {
        _path = path;
        Words = words;
        _name = Path.GetFileName(path);
        _stream = File.OpenRead(path);
        try
        {
            _reader = ExcelReaderFactory.CreateReader(_stream);
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            _stream.Dispose();
            throw Damaged();
        }
    }

    public Words Words { get; }

    public double Progress => _reader.RowCount == 0 ? 1 : Math.Min(1, (double)_read / _reader.RowCount);

    public string Description => Words.Format("import.source.workbook", ("file", _name), ("sheet", _reader.Name));

    public IEnumerable<TableRow> Rows()
    {
        while (Next())
        {
            _read++;
            var cells = new Cell[_reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = new Cell(_reader.GetValue(i), IsPercent(i));
            var row = new TableRow(_read, cells);
            if (!row.IsBlank) yield return row;
        }
    }

    // A truncated workbook can open and then fail on a later part of the archive.
    private bool Next()
    {
        try
        {
            return _reader.Read();
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            throw Damaged();
        }
    }

    // What ExcelDataReader and the zip reader throw for a file that is not a workbook at all (a CSV renamed .xlsx, an empty
    // or truncated file): the person needs to know the file, not the library's stack.
    private static bool IsDamaged(Exception ex) =>
        ex is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException
        || (ex is IOException && ex is not FileNotFoundException and not UnauthorizedAccessException);

    private ImportRefusedException Damaged() =>
        new(_path, [new ImportError(0, _name, Words["error.import.damaged-workbook"])], Words);

    public string Locate(int row, int? column, string? columnName) =>
        column is { } c
            ? Words.Format("import.location.row-column", ("file", _name), ("sheet", _reader.Name), ("row", row), ("column", Letters(c))) + (columnName is null ? "" : $" ({columnName})")
            : Words.Format("import.location.row", ("file", _name), ("sheet", _reader.Name), ("row", row));

    // ExcelDataReader 3.6 reads an error cell (#DIV/0!, #N/A…) as null, like an empty one, and has no GetCellError
    // (added in 3.7, not on our feed): the message names both, so nobody hunts for an empty cell that shows #DIV/0!.
    public string Missing(string what) => Words.Format("import.missing.sheet-cell", ("what", Words["import.missing." + what]));

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    // Built-in formats 9 ("0%") and 10 ("0.00%") report no format string in some writers, so test the ids too.
    private bool IsPercent(int column) =>
        _reader.GetValue(column) is double && (_reader.GetNumberFormatIndex(column) is 9 or 10 || (_reader.GetNumberFormatString(column)?.Contains('%', StringComparison.Ordinal) ?? false));

    private static string Letters(int column)
    {
        var s = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
