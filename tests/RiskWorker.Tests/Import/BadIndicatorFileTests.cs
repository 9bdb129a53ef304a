using RiskWorker.Import;

namespace RiskWorker.Tests.Import;

/// <summary>The corpus of bad indicator files: each is refused whole, with the error naming line and column, and the database dump unchanged.</summary>
public sealed class BadIndicatorFileTests
{
    private static TheoryData<string, string[], string> Cases => new()
    {
        { "unknown-indicator", ["indicator;period;value", "{P};2024;40", "NOPE;2024;1"], "line 3, column 1 (indicator): unknown indicator 'NOPE'" },
        { "unknown-scope", ["indicator;period;value;scope", "{P};2024;40;NOWHERE"], "line 2, column 4 (scope): unknown scope 'NOWHERE'" },
        { "bad-period", ["indicator;period;value", "{P};20x5;40"], "line 2, column 2 (period): '20x5' is neither a year (2025) nor a date (2025-06-30)" },
        { "percent-over-100", ["indicator;period;value", "{P};2024;140"], "line 2, column 3 (value): 140 is outside 0–100 for a percentage" },
        { "negative-count", ["indicator;period;value", "{C};2024;-1"], "line 2, column 3 (value): -1 is negative for a {CU} indicator" },
        { "duplicate-row", ["indicator;period;value", "{P};2024;40", "", "{P};2024;41"], "line 4, column 2 (period): duplicate of line 2 (same indicator, period and scope)" },
        { "infinite", ["indicator;period;value", "{P};2024;1e400"], "line 2, column 3 (value): '1e400' is not a finite number" },
        { "ambiguous-fraction", ["indicator;period;value", "{P};2024;0,45"], "line 2, column 3 (value): '0,45' is ambiguous for {P}: values are percent points, so write 45 if you mean 45 %, or '0,45%' if you mean 0,45 of a percent point" },
        { "percent-sign-on-count", ["indicator;period;value", "{C};2024;12%"], "line 2, column 3 (value): '12%' is a percentage but {C} is counted in {CU}" },
        { "no-value", ["indicator;period;value", "{P};2024;"], "line 2, column 3 (value): no value" },
        { "no-period", ["indicator;period;value", "{P};;40"], "line 2, column 2 (period): no period (a year like 2025 or a date)" },
        { "missing-column", ["indicator;period;amount", "{P};2024;40"], "line 1: no 'value' column in the header (accepted: value, маани, мааниси, значение, величина)" },
        { "column-twice", ["indicator;period;value;значение", "{P};2024;40;41"], "line 1, column 4 (value): a second 'value' column (the first is column 3)" },
        { "empty", [""], "the file is empty: no header row" },
        { "thousands-comma-in-count", ["indicator;period;value", "{C};2024;1,234"], "line 2, column 3 (value): '1,234' is ambiguous for {C}, a count: ',' or '.' before three digits may group thousands or mark decimals; write 1234 or 1 234" },
        { "thousands-point-in-count", ["indicator;period;value", "{C};2024;12.500"], "line 2, column 3 (value): '12.500' is ambiguous for {C}, a count: ',' or '.' before three digits may group thousands or mark decimals; write 12500 or 12 500" },
        { "impossible-slash-date", ["indicator;period;value", "{P};31/02/2025;40"], "line 2, column 2 (period): '31/02/2025' is neither a year (2025) nor a date (2025-06-30)" },
    };

    /// <summary>Each bad case as Excel and people save it: UTF-8, UTF-8 with BOM and Windows-1251, each with ';' and ','.</summary>
    public static TheoryData<string, string, char> Variants()
    {
        var data = new TheoryData<string, string, char>();
        foreach (var name in Cases.Select(c => (string)c[0]))
        {
            foreach (var encoding in new[] { "UTF-8", "UTF-8 BOM", "Windows-1251" })
            {
                data.Add(name, encoding, ';');
                data.Add(name, encoding, ',');
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Import_BadFile_RefusedWithLineAndColumnAndNothingWritten(string name, string encoding, char separator)
    {
        var (lines, expected) = Cases.Where(c => (string)c[0] == name).Select(c => ((string[])c[1], (string)c[2])).Single();
        using var h = new ImportHarness();
        await h.ImportIndicatorsAsync(Corpus.Csv(h.Temp.File("seed.csv"), ["indicator;period;value", $"{h.Percent.Code};2020;10"]));
        string Fill(string s) => s.Replace("{P}", h.Percent.Code, StringComparison.Ordinal).Replace("{C}", h.Count.Code, StringComparison.Ordinal).Replace("{CU}", h.Count.Unit, StringComparison.Ordinal);
        var file = Corpus.Csv(h.Temp.File(name + ".csv"), Excel(lines.Select(Fill), encoding, separator),
            encoding == "Windows-1251" ? Corpus.Windows1251 : null, bom: encoding == "UTF-8 BOM");
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal($"{name}.csv: " + Fill(expected), Assert.Single(ex.Errors).ToString());
        Assert.Contains("nothing was written", ex.Report(), StringComparison.Ordinal);
        Assert.Equal(before, await h.DumpAsync());
        if (name != "empty") Assert.Contains($"{name}.csv: CSV, {encoding.Replace(" BOM", "", StringComparison.Ordinal)}, separator '{separator}'", h.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DecimalCommaInCommaFile_RefusedNamingTheExtraColumn()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("comma.csv"), ["indicator,period,value", $"{h.Percent.Code},2024,45,5"]);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal("comma.csv: line 2, column 4: '5' is in a column without a header (a decimal comma in a comma-separated file? quote it or save with ';')", Assert.Single(ex.Errors).ToString());
        Assert.Equal(before, await h.DumpAsync());
    }

    // The case's ';' lines as Excel would save them: with ',' a field holding a comma is quoted; a Windows-1251 file gets
    // Russian headers, so its bytes are not UTF-8 and the reader must detect the code page.
    private static IEnumerable<string> Excel(IEnumerable<string> lines, string encoding, char separator)
    {
        var russian = new Dictionary<string, string> { ["indicator"] = "Показатель", ["period"] = "Период", ["value"] = "Значение", ["scope"] = "Подразделение" };
        return lines.Select((line, i) => string.Join(separator, line.Split(';').Select(f =>
        {
            if (i == 0 && encoding == "Windows-1251") f = russian.GetValueOrDefault(f, f);
            return separator == ',' && f.Contains(',', StringComparison.Ordinal) ? $"\"{f}\"" : f;
        })));
    }

    [Fact]
    public async Task Import_ManyProblems_ListsEveryOneInLineOrder()
    {
        using var h = new ImportHarness();
        var p = h.Percent.Code;
        await h.ImportIndicatorsAsync(Corpus.Csv(h.Temp.File("seed.csv"), ["indicator;period;value", $"{p};2020;10"]));
        var file = Corpus.Csv(h.Temp.File("many.csv"), ["indicator;period;value;scope", $"{p};2020;11;", $"NOPE;2021;1;", $"{p};2022;x;", $"{p};2023;50;MARS", $"{p};2024;50;"]);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Equal([2, 3, 4, 5], ex.Errors.Select(e => e.Row));
        Assert.Contains("already stored", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await h.DumpAsync());
    }

    [Fact]
    public async Task Import_UnsupportedExtension_Refused()
    {
        using var h = new ImportHarness();
        var file = h.Temp.File("data.ods");
        await File.WriteAllTextAsync(file, "x");

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Contains("'.ods' files are not read: save it as .csv or .xlsx", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }
}
