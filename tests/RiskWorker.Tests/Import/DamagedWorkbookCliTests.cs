using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

/// <summary>A file named .xlsx/.xls that is no workbook (a renamed CSV, empty, truncated) is refused by name, exit 2, nothing written, no stack trace.</summary>
public sealed class DamagedWorkbookCliTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in new[] { "indicators", "actions", "scopes" })
        {
            foreach (var kind in new[] { "renamed-csv.xls", "renamed-csv.xlsx", "empty.xlsx", "truncated.xlsx" }) data.Add(verb, kind);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_NotAWorkbook_RefusedNamingTheFileExit2AndDatabaseUnchanged(string verb, string kind)
    {
        using var h = new ImportHarness();
        var db = h.Temp.File("cli.db");
        var seed = Corpus.Csv(h.Temp.File("seed.csv"), ["indicator;period;value", $"{h.Percent.Code};2024;40"]);
        Assert.Equal(0, (await Run(h, "import", "indicators", seed, "--db", db)).ExitCode);
        var file = await WriteAsync(h, kind);
        var before = await ImportHarness.DumpAsync(db);
        string[] args = verb == "scopes" ? ["scopes", "import", file] : ["import", verb, file];

        var run = await Run(h, [.. args, "--db", db]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{kind}: not an .xlsx workbook, or damaged; save it again as .xlsx", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await ImportHarness.DumpAsync(db));
    }

    private static async Task<string> WriteAsync(ImportHarness h, string kind)
    {
        var path = h.Temp.File(kind);
        switch (kind)
        {
            case "empty.xlsx":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "truncated.xlsx":
                var whole = await File.ReadAllBytesAsync(Corpus.Xlsx(h.Temp.File("whole.xlsx"), "Data", ["indicator", "period", "value"], [h.Percent.Code, 2025, 41]));
                await File.WriteAllBytesAsync(path, whole[..(whole.Length / 2)]);
                break;
            default:
                Corpus.Csv(path, ["indicator;period;value", $"{h.Percent.Code};2025;41"]);
                break;
        }

        return path;
    }

    private static Task<WorkerResult> Run(ImportHarness h, params string[] args) =>
        WorkerProcess.RunAsync(h.Temp.Path, null, [.. args, "--lang", "en", "--rules", RepoPaths.Rules]);
}
