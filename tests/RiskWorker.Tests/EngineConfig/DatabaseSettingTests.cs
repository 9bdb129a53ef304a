using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.EngineConfig;

/// <summary>Where a verb keeps its data: <c>--db</c>, else <c>RiskEngine:DatabasePath</c> (a service's environment file), else data/riskengine.db.</summary>
public sealed class DatabaseSettingTests
{
    [Fact]
    public async Task Demo_DatabaseFromEnvironmentWithoutDb_WritesThere()
    {
        using var temp = new TempDirectory();
        var configured = temp.File("configured.db");

        var run = await WorkerProcess.RunAsync(temp.Path, new Dictionary<string, string> { ["RiskEngine__DatabasePath"] = configured },
            "demo", "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(configured), run.ToString());
        Assert.False(File.Exists(Path.Combine(temp.Path, "data", "riskengine.db")));
    }

    [Fact]
    public async Task Demo_DbGivenAndEnvironmentSet_DbWins()
    {
        using var temp = new TempDirectory();
        var given = temp.File("given.db");

        var run = await WorkerProcess.RunAsync(temp.Path, new Dictionary<string, string> { ["RiskEngine__DatabasePath"] = temp.File("configured.db") },
            "demo", "--rules", RepoPaths.Rules, "--db", given);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(given));
        Assert.False(File.Exists(temp.File("configured.db")));
    }
}
