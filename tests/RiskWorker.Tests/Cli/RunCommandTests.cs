using System.Text.Json.Nodes;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_BrokenRule_RefusesToStartNamingFileAndRule()
    {
        using var temp = new TempDirectory();
        var rules = temp.File("rules");
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(rules, Path.GetRelativePath(RepoPaths.Rules, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }

        var path = Path.Combine(rules, "workflows", "7.1.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = node["Rules"]![0]!;
        rule["Expression"] = "ind.GetType().Assembly.Location.Length > 0";
        File.WriteAllText(path, node.ToJsonString());

        var run = await WorkerProcess.RunAsync(temp.Path, "run", "--rules", rules, "--db", temp.File("r.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("workflows/7.1.json", run.Error, StringComparison.Ordinal);
        Assert.Contains($"rule '{rule["RuleName"]}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("not allowed", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("r.db.quartz.db")), "the scheduler must not start on a broken rule set");
    }
}
