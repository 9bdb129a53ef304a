using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using SheetCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using CellFormula = DocumentFormat.OpenXml.Spreadsheet.CellFormula;
using CellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace RiskWorker.Tests.Import;

/// <summary>Writes the test corpus: CSV files the way Excel and people save them, and workbooks written with ClosedXML.</summary>
internal static class Corpus
{
    static Corpus() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    /// <summary>Lines joined with <paramref name="newline"/>, encoded as given, with a UTF-8 BOM when asked.</summary>
    public static string Csv(string path, IEnumerable<string> lines, Encoding? encoding = null, bool bom = false, string newline = "\r\n")
    {
        var text = string.Join(newline, lines) + newline;
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        File.WriteAllBytes(path, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return path;
    }

    /// <summary>A workbook with one sheet, filled cell by cell (values keep their types).</summary>
    public static string Xlsx(string path, string sheet, params object?[][] rows)
    {
        var errors = new List<string>();
        using (var book = new XLWorkbook())
        {
            var ws = book.AddWorksheet(sheet);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++) Set(ws.Cell(r + 1, c + 1), rows[r][c], errors);
            }

            book.SaveAs(path);
        }

        if (errors.Count > 0) CacheDivisionByZero(path, errors);
        return path;
    }

    private static void Set(IXLCell cell, object? value, List<string> errors)
    {
        switch (value)
        {
            case null: break;
            case ErrorCell: cell.SetValue("#ERROR"); errors.Add(cell.Address.ToString()!); break;
            case Percent p: cell.Value = p.Fraction; cell.Style.NumberFormat.NumberFormatId = 10; break;
            case DateTime d: cell.Value = d; cell.Style.NumberFormat.Format = "dd.mm.yyyy"; break;
            case double d: cell.Value = d; break;
            case int i: cell.Value = i; break;
            case var v: cell.SetValue(v.ToString()); break;
        }
    }

    // ClosedXML 0.95.4 cannot write an error cell (it evaluates formulas itself and throws), so the placeholder is turned
    // into what Excel saves for =1/0: the formula with the cached error value, cell type "e".
    private static void CacheDivisionByZero(string path, List<string> addresses)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var sheetPart = document.WorkbookPart!.WorksheetParts.Single();
        foreach (var cell in sheetPart.Worksheet.Descendants<SheetCell>().Where(c => addresses.Contains(c.CellReference!.Value!)))
        {
            cell.RemoveAllChildren();
            cell.DataType = CellValues.Error;
            cell.Append(new CellFormula("1/0"), new CellValue("#DIV/0!"));
        }

        sheetPart.Worksheet.Save();
    }

    /// <summary>A cell holding =1/0, saved as Excel saves it: showing #DIV/0!.</summary>
    public sealed record ErrorCell;

    /// <summary>A cell shown as a percentage: it holds the fraction, as Excel stores it.</summary>
    public sealed record Percent(double Fraction);
}
