using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

/// <summary>The rules directory as files: what cannot be read is refused as one line naming the path, never an IOException.</summary>
public sealed class RegisterFilesTests
{
    [Fact]
    public async Task LoadAsync_KeyWrittenTwiceInAnObject_RefusesNamingFileAndLine()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, "risks", "1.1.json");
        var lines = File.ReadAllLines(path).ToList();
        var category = lines.FindIndex(l => l.TrimStart().StartsWith("\"category\"", StringComparison.Ordinal));
        lines.Insert(1, "  \"category\": \"7\",");
        File.WriteAllLines(path, lines);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("risks/1.1.json", error.File);
        // The second "category" is the one refused: its original line, one further down for the inserted line.
        Assert.StartsWith($"invalid JSON at line {category + 2}: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains("'Category'", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LoadAsync_KeyWrittenTwiceInAMap_RefusesNamingFileLineAndKey()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, "indicators.json");
        var lines = File.ReadAllLines(path).ToList();
        var target = lines.FindIndex(l => l.TrimStart().StartsWith("\"2026\"", StringComparison.Ordinal));
        lines.Insert(target + 1, "      \"2026\": 99,");
        File.WriteAllLines(path, lines);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("indicators.json", error.File);
        Assert.StartsWith($"invalid JSON at line {target + 2}: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains(".targets.2026", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FileLinkLoop_RefusesNamingEachLink()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        File.CreateSymbolicLink(Path.Combine(rules, "risks", "9.8.json"), "9.9.json");
        File.CreateSymbolicLink(Path.Combine(rules, "risks", "9.9.json"), "9.8.json");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal(["risks/9.8.json: symbolic-link loop", "risks/9.9.json: symbolic-link loop"], ex.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task LoadAsync_FolderLinkLoop_RefusesNamingTheFolderOnce()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        Directory.Delete(Path.Combine(rules, "risks"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(rules, "risks"), "risks.old");
        Directory.CreateSymbolicLink(Path.Combine(rules, "risks.old"), "risks");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal("risks/: symbolic-link loop", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public async Task LoadAsync_LinkToNothing_RefusesNamingLinkAndTarget()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        File.CreateSymbolicLink(Path.Combine(rules, "risks", "9.9.json"), "gone.json");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal($"risks/9.9.json: symbolic link to '{Path.Combine(rules, "risks", "gone.json")}', which does not exist", error.ToString());
    }

    [Fact]
    public async Task LoadAsync_FolderWhereAFileIsExpected_RefusesNamingItOnce()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        File.Delete(Path.Combine(rules, "categories.json"));
        Directory.CreateDirectory(Path.Combine(rules, "categories.json"));

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal("categories.json: is a folder where a file is expected", Assert.Single(ex.Errors).ToString());
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("fifo")]
    public async Task LoadAsync_EmptyFileOrFifo_RefusesWithoutWaitingForAWriter(string kind)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, "risks", "9.9.json");
        if (kind == "empty") File.WriteAllBytes(path, []);
        else MakeFifo(path);

        // Without a writer, opening a FIFO never returns: the timeout turns that hang into a failure.
        var ex = await Assert.ThrowsAsync<RuleSetException>(() => Task.Run(() => RuleSetLoader.LoadAsync(rules)).WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Equal("risks/9.9.json: file is empty", Assert.Single(ex.Errors).ToString());
    }

    [Theory]
    [InlineData("risks", "risks/: folder is missing")]
    [InlineData("rules", "rules/: folder is missing")]
    [InlineData("categories.json", "categories.json: file is missing")]
    [InlineData("indicators.json", "indicators.json: file is missing")]
    public async Task LoadAsync_RegisterPartMissing_RefusesNamingItOnce(string part, string expected)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, part);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else File.Delete(path);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal(expected, Assert.Single(ex.Errors).ToString());
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
