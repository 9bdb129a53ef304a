using System.Text;
using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Tests.Import;

public sealed class IndicatorImportTests
{
    [Fact]
    public async Task Import_RussianExcelCsvInWindows1251_ImportsCleanly()
    {
        using var h = new ImportHarness();
        await h.AddScopesAsync("FIT");
        var (p, c) = (h.Percent.Code, h.Count.Code);
        var file = Corpus.Csv(h.Temp.File("ru.csv"), [
            "Показатель;Период;Значение;Подразделение;Примечание",
            $"{p};2024;45,5;;данные учебного отдела",
            "",
            $"{p};2025;47%;FIT;",
            $"{c};30.06.2025;1\u00A0234,5;;",
            ";;;;",
        ], Corpus.Windows1251);

        var result = await h.ImportIndicatorsAsync(file);

        Assert.Equal(new IndicatorImportResult(3, 2, 2, 3, 3, 0, false), result);
        Assert.Contains("Windows-1251, separator ';'", h.Output.ToString(), StringComparison.Ordinal);
        var stored = await h.Observations.GetAllAsync();
        Assert.Contains(new Observation(p, "2024", 45.5, Scopes.University, "данные учебного отдела"), stored);
        Assert.Contains(new Observation(p, "2025", 47, "FIT"), stored);
        Assert.Contains(new Observation(c, "2025-06-30", 1234.5), stored);
    }

    [Fact]
    public async Task Import_Utf8BomKyrgyzHeadersLf_KeepsKyrgyzLetters()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("ky.csv"), [
            "Көрсөткүч;Мезгил;Маани;Бөлүм;Эскертүү",
            $"{h.Percent.Code};2025;38,5;;Өзүн-өзү баалоо боюнча маалымат ң ө ү",
        ], bom: true, newline: "\n");

        await h.ImportIndicatorsAsync(file);

        Assert.Equal("Өзүн-өзү баалоо боюнча маалымат ң ө ү", Assert.Single(await h.Observations.GetAllAsync()).Note);
    }

    [Fact]
    public async Task Import_EnglishCommaSeparatedWithPointAndQuotes_Imports()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("en.csv"), [
            "indicator,period,value,scope,note",
            $"{h.Percent.Code.ToLowerInvariant()},2025,45.5,university,\"from the office, checked\"",
            $"{h.Count.Code},2025-06-30,\"1,234.5\",,",
        ]);

        var result = await h.ImportIndicatorsAsync(file);

        Assert.Equal(2, result.Inserted);
        var stored = await h.Observations.GetAllAsync();
        Assert.Contains(new Observation(h.Percent.Code, "2025", 45.5, Scopes.University, "from the office, checked"), stored);
        Assert.Contains(new Observation(h.Count.Code, "2025-06-30", 1234.5), stored);
    }

    [Fact]
    public async Task Import_XlsxWithTypedAndPercentCells_ImportsCleanly()
    {
        using var h = new ImportHarness();
        var file = Corpus.Xlsx(h.Temp.File("book.xlsx"), "Маалымат",
            ["indicator", "period", "value", "scope", "note"],
            [h.Percent.Code, 2024, new Corpus.Percent(0.455), null, null],
            [null, null, null, null, null],
            [h.Percent.Code, "2025", "46,5", null, "text cell"],
            [h.Count.Code, new DateTime(2025, 6, 30), 12.0, null, null]);

        var result = await h.ImportIndicatorsAsync(file);

        Assert.Equal(3, result.Rows);
        var stored = await h.Observations.GetAllAsync();
        Assert.Contains(new Observation(h.Percent.Code, "2024", 45.5), stored);
        Assert.Contains(new Observation(h.Percent.Code, "2025", 46.5, Scopes.University, "text cell"), stored);
        Assert.Contains(new Observation(h.Count.Code, "2025-06-30", 12), stored);
    }

    [Fact]
    public async Task Import_OneBadRowAmongGood_RefusedWholeNamingTheLine()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        var lines = Enumerable.Range(2000, 60).Select(y => $"{p};{y};{40 + y % 7},5;;").ToList();
        lines[41] = $"{p};2041;4O,5;;"; // letter O for zero, on file line 43
        var file = Corpus.Csv(h.Temp.File("one-bad.csv"), lines.Prepend("indicator;period;value;scope;note"));
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal("one-bad.csv: line 43, column 3 (value): '4O,5' is not a number", Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, await h.DumpAsync());
    }

    [Fact]
    public async Task Import_XlsxBadCell_NamesSheetRowAndColumnLetter()
    {
        using var h = new ImportHarness();
        var file = Corpus.Xlsx(h.Temp.File("bad.xlsx"), "Data",
            ["note", "indicator", "period", "value"],
            ["ok", h.Percent.Code, 2024, 45.0],
            [null, null, null, null],
            ["bad", h.Percent.Code, 2025, 145.0]);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal("bad.xlsx: sheet 'Data', row 4, column D (value): 145 is outside 0–100 for a percentage", Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, await h.DumpAsync());
    }

    [Fact]
    public async Task Import_ConflictWithoutReplace_RefusedThenReplaceCountsIt()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        await h.ImportIndicatorsAsync(Corpus.Csv(h.Temp.File("first.csv"), ["indicator;period;value", $"{p};2024;40"]));
        var second = Corpus.Csv(h.Temp.File("second.csv"), ["indicator;period;value", $"{p};2025;42", $"{p};2024;41"]);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(second));
        Assert.Equal(before, await h.DumpAsync());
        var dry = await h.ImportIndicatorsAsync(second, replace: true, dryRun: true);
        Assert.Equal(before, await h.DumpAsync());
        var result = await h.ImportIndicatorsAsync(second, replace: true);

        Assert.Equal($"second.csv: line 3, column 3 (value): a value for {p} 2024 university is already stored (use --replace)", Assert.Single(ex.Errors).ToString());
        Assert.Equal((1, 1, true), (dry.Inserted, dry.Replaced, dry.DryRun));
        Assert.Equal("Imported 2 rows: 1 indicators, 1 scopes, 2 periods; 1 new values, 1 replaced.", result.Describe(h.Words));
        Assert.Equal([41.0, 42.0], (await h.Observations.GetAllAsync()).Select(o => o.Value));
    }
}
