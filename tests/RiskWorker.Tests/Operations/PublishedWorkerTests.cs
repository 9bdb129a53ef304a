using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Operations;

/// <summary>
/// The install as the README and <c>samples/riskworker.service</c> describe it: published into <c>/opt/riskengine</c>
/// (under a temporary root), started as the unit's <c>ExecStart</c> says, from its <c>WorkingDirectory</c>, with no
/// hand copy of <c>rules/</c> and no <c>--rules</c>, stopped as systemd stops it.
/// </summary>
public sealed class PublishedWorkerTests(PublishedWorker published) : IClassFixture<PublishedWorker>
{
    private static readonly string[] InstallFolders = ["/opt/riskengine", "/var/lib/riskengine"];

    [Theory]
    [InlineData("sqlite")]
    // PostgreSQL: add [InlineData("postgresql")] and its case in DatabaseFor (the test server's connection string).
    public async Task Run_SystemdSampleAsWritten_StartsWithTheShippedRegisterAndStopsOnSigtermWithExit0(string store)
    {
        var unit = SystemdUnit.Read(Path.Combine(RepoPaths.Root, "samples", "riskworker.service"));
        var workingDirectory = published.Under(unit.WorkingDirectory);
        Directory.CreateDirectory(workingDirectory); // the README's "create /var/lib/riskengine"
        var command = unit.ExecStart.Select(Installed).ToList();
        var db = command.IndexOf("--db") is var at and >= 0 ? at + 1 : throw new InvalidOperationException("the unit gives no --db");
        command[db] = DatabaseFor(store, command[db]);
        Assert.DoesNotContain("--rules", command);

        await using var worker = RunningWorker.StartProgram(command[0], command.Skip(1), workingDirectory, unit.Environment);
        var started = await worker.WaitForOutputAsync("Application started", TimeSpan.FromSeconds(90));
        var exitCode = await worker.TerminateAsync();

        Assert.True(started, worker.Output);
        Assert.Contains("Rule set ", worker.Output, StringComparison.Ordinal);
        Assert.True(exitCode == 0, worker.Output);
        Assert.Contains("Application is shutting down", worker.Output, StringComparison.Ordinal);
        if (store == "sqlite") Assert.True(File.Exists(command[db]), $"{command[db]} was not created");
    }

    [Theory]
    [InlineData("nothing", "/opt/riskengine/rules")]
    [InlineData("rules/ in the working directory", "/var/lib/riskengine/rules")]
    [InlineData("RiskEngine__RulesDirectory", "/srv/register")]
    [InlineData("--rules", "/srv/register")]
    public async Task RulesCheck_RegisterGivenOrNot_ReadsTheOneTheLookupOrderNames(string given, string expected)
    {
        using var temp = new TempDirectory();
        var workingDirectory = Path.Combine(temp.Path, "var", "lib", "riskengine");
        Directory.CreateDirectory(workingDirectory);
        var register = Path.Combine(temp.Path, "srv", "register");
        CopyRules(given == "rules/ in the working directory" ? Path.Combine(workingDirectory, "rules") : register);
        var environment = new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Production" };
        if (given == "RiskEngine__RulesDirectory") environment[given] = register;
        string[] args = given == "--rules" ? ["rules", "check", "--lang", "en", "--rules", register] : ["rules", "check", "--lang", "en"];

        await using var check = RunningWorker.StartProgram("dotnet", [Path.Combine(published.ProgramFolder, "RiskWorker.dll"), .. args], workingDirectory, environment);
        var exitCode = await check.WaitForExitAsync();

        Assert.True(exitCode == 0, check.Output);
        var where = expected.StartsWith("/opt/", StringComparison.Ordinal) ? published.Under(expected) : Path.Combine(temp.Path, expected.TrimStart('/'));
        Assert.Contains($"rules OK: 11 risks", check.Output, StringComparison.Ordinal);
        Assert.EndsWith($", {where})", check.Output.TrimEnd(), StringComparison.Ordinal);
    }

    private string Installed(string argument) =>
        argument == "/usr/bin/dotnet" && !File.Exists(argument) ? "dotnet"
        : InstallFolders.Any(f => argument.StartsWith(f, StringComparison.Ordinal)) ? published.Under(argument)
        : argument;

    private static string DatabaseFor(string store, string asWritten) => store switch
    {
        "sqlite" => asWritten,
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "no database for this store yet"),
    };

    private static void CopyRules(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(RepoPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
