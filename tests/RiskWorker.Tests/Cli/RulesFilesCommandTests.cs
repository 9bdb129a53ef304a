using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

/// <summary>A rules directory whose files cannot be read is refused by the real worker as one line per path, with no stack trace.</summary>
public sealed class RulesFilesCommandTests
{
    [Theory]
    [InlineData("duplicate-key", "  risks/1.1.json: invalid JSON at line 3: ")]
    [InlineData("link-loop", "  risks/9.9.json: symbolic-link loop")]
    [InlineData("missing-folder", "  risks/: folder is missing")]
    public async Task RulesCheck_UnreadableRules_FailsWithOneLineNamingThePath(string breakage, string expected)
    {
        using var temp = new TempDirectory();
        var rules = Break(RulesCopy.Of(temp), breakage);

        var run = await WorkerProcess.RunAsync(temp.Path, "rules", "check", "--lang", "en", "--rules", rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("The rule set was refused (1 error):", lines[0]);
        Assert.StartsWith(expected, Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "--as-of", "2026-11-23")]
    [InlineData("indicators", "list")]
    public async Task Verb_RulesWithLinkLoop_FailsWithOneLineNamingTheLink(params string[] verb)
    {
        using var temp = new TempDirectory();
        var rules = Break(RulesCopy.Of(temp), "link-loop");

        var run = await WorkerProcess.RunAsync(temp.Path, [.. verb, "--lang", "en", "--db", temp.File("r.db"), "--rules", rules]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(["The rule set was refused (1 error):", "  risks/9.9.json: symbolic-link loop"], run.Error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    private static string Break(string rules, string breakage)
    {
        var risks = Path.Combine(rules, "risks");
        switch (breakage)
        {
            case "duplicate-key":
                // The object's second "code" (line 3 after the insert) is the one refused.
                var lines = File.ReadAllLines(Path.Combine(risks, "1.1.json")).ToList();
                lines.Insert(1, "  \"code\": \"1.1\",");
                File.WriteAllLines(Path.Combine(risks, "1.1.json"), lines);
                break;
            case "link-loop":
                File.CreateSymbolicLink(Path.Combine(risks, "9.9.json"), "9.9.json");
                break;
            default:
                Directory.Delete(risks, recursive: true);
                break;
        }

        return rules;
    }
}
