using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Hosting;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.EngineConfig;

public sealed partial class IndicatorTargetsConfigTests
{
    private const string OfficeSet = "HR_DEGREE_SHARE";

    [Fact]
    public async Task IndicatorsList_TargetFromEnvironment_ShowsConfiguredTarget()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, Env(OfficeSet, "2026", "44"),
            "indicators", "list", "--json", "--rules", RepoPaths.Rules, "--db", temp.File("r.db"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var indicator = JsonNode.Parse(run.Out)!.AsArray().Single(i => (string?)i!["code"] == OfficeSet)!;
        Assert.Equal(44, (double)indicator["targets"]!["2026"]!);
    }

    [Fact]
    public async Task RulesCheck_TargetFromEnvironment_ChangesVersion()
    {
        using var temp = new TempDirectory();

        var plain = await WorkerProcess.RunAsync(temp.Path, "rules", "check", "--lang", "en", "--rules", RepoPaths.Rules);
        var configured = await WorkerProcess.RunAsync(temp.Path, Env(OfficeSet, "2026", "44"), "rules", "check", "--lang", "en", "--rules", RepoPaths.Rules);

        Assert.True(plain.ExitCode == 0 && configured.ExitCode == 0, plain + "\n" + configured);
        Assert.Matches("^[0-9a-f]{12}$", Version(plain.Out));
        Assert.Matches("^[0-9a-f]{12}$", Version(configured.Out));
        Assert.NotEqual(Version(plain.Out), Version(configured.Out));
    }

    [Theory]
    [InlineData("EDU_INTL_ACCREDITED", "2026", "60", "source line 235")]
    [InlineData("NO_SUCH_INDICATOR", "2026", "60", "unknown indicator 'NO_SUCH_INDICATOR'")]
    [InlineData(OfficeSet, "2026", "140", "140 is not a percentage from 0 to 100")]
    public async Task RulesCheck_BadTargetFromEnvironment_FailsNamingTheKey(string code, string year, string value, string reason)
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, Env(code, year, value), "rules", "check", "--lang", "en", "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"RiskEngine:IndicatorTargets:{code}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026", "abc", "'abc' at 'RiskEngine:IndicatorTargets:HR_DEGREE_SHARE:2026'")]
    [InlineData("2026", "44,5", "'44,5' at 'RiskEngine:IndicatorTargets:HR_DEGREE_SHARE:2026'")]
    public async Task IndicatorsList_UnreadableTargetFromEnvironment_FailsInsteadOfDroppingIt(string year, string value, string named)
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, Env(OfficeSet, year, value),
            "indicators", "list", "--lang", "en", "--rules", RepoPaths.Rules, "--db", temp.File("r.db"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Configuration error: Failed to convert configuration value " + named, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkerHost_TargetInConfiguration_IsTheTargetInForce()
    {
        using var temp = new TempDirectory();
        using var host = WorkerHost.Build(new WorkerHostSettings(temp.File("r.db"), RepoPaths.Rules)
        {
            Configuration = new Dictionary<string, string?> { [$"RiskEngine:IndicatorTargets:{OfficeSet}:2026"] = "44" },
        });

        var indicator = host.Services.GetRequiredService<IRiskRegister>().FindIndicator(OfficeSet)!;

        Assert.Equal(44, indicator.Targets[2026]);
    }

    private static Dictionary<string, string> Env(string code, string year, string value) =>
        new() { [$"RiskEngine__IndicatorTargets__{code}__{year}"] = value };

    private static string Version(string output) => VersionPattern().Match(output).Groups[1].Value;

    [GeneratedRegex(@"\(version ([0-9a-f]{12}),")]
    private static partial Regex VersionPattern();
}
