using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_BrokenRule_RefusesToStartNamingFileAndRule()
    {
        using var temp = new TempDirectory();
        var (rules, ruleName) = RulesCopy.WithBrokenRule(temp, "7.1.json", 0, "ind.Code.Length > 0");

        var run = await WorkerProcess.RunAsync(temp.Path, "run", "--lang", "en", "--rules", rules, "--db", temp.File("r.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rules/7.1.json", run.Error, StringComparison.Ordinal);
        Assert.Contains($"rule '{ruleName}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("not allowed", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("r.quartz.db")), "the scheduler must not start on a broken rule set");
    }

    [Fact]
    public async Task Run_Sigterm_LogsLifetimeAndExitsCleanly()
    {
        using var temp = new TempDirectory();
        await using var worker = RunningWorker.Start(temp.Path, new Dictionary<string, string>(), "run", "--rules", RepoPaths.Rules, "--db", temp.File("r.db"));

        Assert.True(await worker.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(60)), worker.Output);
        var exitCode = await worker.TerminateAsync();

        Assert.True(exitCode == 0, worker.Output);
        Assert.Contains("Application is shutting down", worker.Output, StringComparison.Ordinal);
    }
}
