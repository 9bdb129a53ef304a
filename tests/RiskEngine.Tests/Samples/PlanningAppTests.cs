using System.Diagnostics;
using System.Text.RegularExpressions;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Samples;

/// <summary>samples/PlanningApp run as a real process, as built with these tests (RiskEngine.Tests.csproj references it).</summary>
public sealed partial class PlanningAppTests
{
    [Fact]
    public async Task PlanningApp_RunOnTheRegister_PrintsEveryRiskWithItsReasonsTheAppsRuleAmongThem()
    {
        var (exit, output, error) = await RunAsync(RepoPaths.Rules);

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.StartsWith("ILLUSTRATIVE data", output, StringComparison.Ordinal);
        var risks = RiskLine().Matches(output).Select(m => m.Groups["code"].Value).ToList();
        Assert.Equal(SharedRuleSet.Value.Risks.Select(r => r.Code), risks);
        Assert.Equal(11, risks.Count);
        var app = Assert.Single(ReasonLine().Matches(output), m => m.Groups["rule"].Value.StartsWith("app.", StringComparison.Ordinal));
        Assert.Equal("app.planning.publications-behind", app.Groups["rule"].Value);
        Assert.Equal("OshTU: 38 publications in Scopus and Web of Science, 10 or more behind the planned 60 (the planning office's rule).", app.Groups["text"].Value);
        Assert.Contains("3.2 Low qualification of staff: likelihood 4,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanningApp_MissingRulesFolder_ExitsWithOneLineNamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "riskengine-tests", "no-such-rules");

        var (exit, output, error) = await RunAsync(missing);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"RiskEngine:RulesDirectory '{missing}' does not exist.", error.TrimEnd());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string rules)
    {
        // The sample is built in the tests' configuration and framework: bin/<configuration>/<framework>/ of the tests.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(RepoPaths.Root, "samples", "PlanningApp", "bin", framework.Parent!.Name, framework.Name, "PlanningApp.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { dll, rules } };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            // A hang guard, not a speed limit: leave no process behind.
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    [GeneratedRegex(@"^(?<code>\d+\.\d+) .+: likelihood [1-5], impact [1-5], (Low|Medium|High|Critical)$", RegexOptions.Multiline)]
    private static partial Regex RiskLine();

    [GeneratedRegex(@"^    (?<rule>\S+): (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex ReasonLine();
}
