using ClosedXML.Excel;

namespace RiskWorker.Export;

/// <summary>Writes the sheet as an .xlsx workbook with ClosedXML: titles on top (the ILLUSTRATIVE label in red), a bold frozen header.</summary>
internal static class XlsxExport
{
    // Fixed widths: AdjustToContents needs libgdiplus, absent on Linux (FIELD-GUIDE §5).
    private static readonly int[] Widths = [6, 9, 40, 8, 8, 7, 10, 9, 9, 10, 9, 12, 40, 28, 26, 12, 9, 9, 9, 10, 70];

    public static void Write(AssessmentSheet sheet, bool illustrative, string sheetName, string path)
    {
        using var book = new XLWorkbook();
        var ws = book.AddWorksheet(sheetName);
        var r = 1;
        foreach (var title in sheet.Titles)
        {
            var cell = ws.Cell(r++, 1);
            cell.SetValue(title);
            cell.Style.Font.Bold = true;
            if (illustrative && r == 2) cell.Style.Font.FontColor = XLColor.Red;
        }

        var headerRow = r;
        for (var c = 0; c < sheet.Header.Count; c++) ws.Cell(r, c + 1).SetValue(sheet.Header[c]);
        ws.Row(r).Style.Font.Bold = true;
        foreach (var row in sheet.Rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                var cell = ws.Cell(r, c + 1);
                switch (row[c])
                {
                    case null: break;
                    case int i: cell.Value = i; break;
                    case double d: cell.Value = d; break;
                    case var v: cell.SetValue(v.ToString()); break;
                }
            }
        }

        for (var c = 0; c < Widths.Length; c++) ws.Column(c + 1).Width = Widths[c];
        ws.SheetView.FreezeRows(headerRow);
        book.SaveAs(path);
    }
}
