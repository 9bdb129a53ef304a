using RiskWorker.Import;

namespace RiskWorker.Tests.Import;

/// <summary>Bad workbooks written with ClosedXML: each is refused whole, the error names sheet, row and column, and the database dump is unchanged.</summary>
public sealed class BadWorkbookTests
{
    private static readonly Dictionary<string, object?[]> Rows = new()
    {
        ["text-in-number-column"] = ["{P}", 2024, "много", null],
        ["error-cell"] = ["{P}", 2024, new Corpus.ErrorCell(), null],
        ["fractional-period"] = ["{P}", 20.5, 40, null],
        ["impossible-date"] = ["{P}", "2099-02-30", 40, null],
        ["percent-cell-145"] = ["{P}", 2024, new Corpus.Percent(1.45), null],
        ["unknown-scope"] = ["{P}", 2024, 40, "NOWHERE"],
    };

    public static TheoryData<string, string> Cases => new()
    {
        { "text-in-number-column", "row 2, column C (value): 'много' is not a number" },
        { "error-cell", "row 2, column C (value): no value: the cell is empty or an error cell (#DIV/0!, #N/A, #VALUE!…)" },
        { "fractional-period", "row 2, column B (period): 20.5 is neither a year nor a date" },
        { "impossible-date", "row 2, column B (period): '2099-02-30' is neither a year (2025) nor a date (2025-06-30)" },
        { "percent-cell-145", "row 2, column C (value): 145 is outside 0–100 for a percentage" },
        { "unknown-scope", "row 2, column D (scope): unknown scope 'NOWHERE'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_BadWorkbook_RefusedWithSheetRowAndColumnAndNothingWritten(string name, string expected)
    {
        using var h = new ImportHarness();
        await h.ImportIndicatorsAsync(Corpus.Csv(h.Temp.File("seed.csv"), ["indicator;period;value", $"{h.Percent.Code};2020;10"]));
        var row = Rows[name].Select(v => v is "{P}" ? h.Percent.Code : v).ToArray();
        var file = Corpus.Xlsx(h.Temp.File(name + ".xlsx"), "Data", ["indicator", "period", "value", "scope"], row);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal($"{name}.xlsx: sheet 'Data', " + expected, Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, await h.DumpAsync());
    }
}
