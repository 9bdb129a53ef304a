using System.Text;
using ClosedXML.Excel;

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
        using var book = new XLWorkbook();
        var ws = book.AddWorksheet(sheet);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = ws.Cell(r + 1, c + 1);
                switch (rows[r][c])
                {
                    case null: break;
                    case Percent p: cell.Value = p.Fraction; cell.Style.NumberFormat.NumberFormatId = 10; break;
                    case DateTime d: cell.Value = d; cell.Style.NumberFormat.Format = "dd.mm.yyyy"; break;
                    case double d: cell.Value = d; break;
                    case int i: cell.Value = i; break;
                    case var v: cell.SetValue(v.ToString()); break;
                }
            }
        }

        book.SaveAs(path);
        return path;
    }

    /// <summary>A cell shown as a percentage: it holds the fraction, as Excel stores it.</summary>
    public sealed record Percent(double Fraction);
}
