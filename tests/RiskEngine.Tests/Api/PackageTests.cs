using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Api;

/// <summary>The NuGet package an app installs: it brings NRules and the pinned Dynamic LINQ, and nothing of the old stand-in engine.</summary>
public sealed class PackageTests
{
    [Fact]
    public async Task Pack_Library_DependsOnNRulesAndPinnedDynamicLinqNotRulesEngine()
    {
        using var temp = new TempDirectory();
        var project = Path.Combine(RepoPaths.Root, "src", "RiskEngine", "RiskEngine.csproj");
        // The test run has just built the library in Release; packing that build keeps the test fast.
        using var pack = Process.Start(new ProcessStartInfo("dotnet", ["pack", project, "-c", "Release", "--no-build", "-o", temp.Path, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await pack.StandardOutput.ReadToEndAsync() + await pack.StandardError.ReadToEndAsync();
        await pack.WaitForExitAsync();
        Assert.True(pack.ExitCode == 0, output);

        var package = Directory.EnumerateFiles(temp.Path, "RiskEngine.*.nupkg").Single();
        using var zip = ZipFile.OpenRead(package);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!);

        Assert.Contains("NRules.Runtime", dependencies.Keys);
        Assert.Contains("NRules.Fluent", dependencies.Keys);
        Assert.Equal("1.7.4", dependencies["System.Linq.Dynamic.Core"]);
        Assert.DoesNotContain(dependencies.Keys, id => id.StartsWith("RulesEngine", StringComparison.Ordinal) || id == "FastExpressionCompiler");
    }
}
