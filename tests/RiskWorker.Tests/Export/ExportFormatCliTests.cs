using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Export;

/// <summary><c>export assessments</c> as a person runs it: the format follows the file name, and a name it cannot honour is refused in one line.</summary>
public sealed class ExportFormatCliTests
{
    [Theory]
    [InlineData("c.csv", null, "Тобокелдик")]
    [InlineData("w.xlsx", null, "PK")]
    [InlineData("f.csv", "csv", "Тобокелдик")]
    public async Task ExportAssessments_FormatFromExtension_WritesThatFormat(string name, string? format, string starts)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);

        var run = await Run(temp, format is null ? ["--out", path] : ["--format", format, "--out", path]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path));
        Assert.Contains(starts, text[..Math.Min(text.Length, 4000)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("b", null, "give the file an extension, .csv or .xlsx")]
    [InlineData("old.xls", null, "'.xls' files are not written; use .csv or .xlsx")]
    [InlineData("d.xlsx", "csv", "the name says xlsx but --format says csv; make them agree")]
    public async Task ExportAssessments_MissingUnsupportedOrMismatchedExtension_OneLineExit2NothingWritten(string name, string? format, string expected)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);

        var run = await Run(temp, format is null ? ["--lang", "en", "--out", path] : ["--lang", "en", "--format", format, "--out", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--out {path}: {expected}", run.Error.Trim());
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    private static Task<WorkerResult> Run(TempDirectory temp, string[] args) =>
        WorkerProcess.RunAsync(temp.Path, null, ["export", "assessments", "--as-of", "2026-11-23", .. args, "--db", temp.File("x.db"), "--rules", RepoPaths.Rules]);
}
