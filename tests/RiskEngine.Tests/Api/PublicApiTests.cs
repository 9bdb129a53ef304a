using PublicApiGenerator;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Api;

/// <summary>Locks the library's public surface: a change shows up as a diff of PublicApi.approved.txt in review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_Library_MatchesApprovedFile()
    {
        var approvedPath = Path.Combine(RepoPaths.Root, "tests", "RiskEngine.Tests", "Api", "PublicApi.approved.txt");
        var actual = typeof(IRiskEvaluator).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });

        if (Environment.GetEnvironmentVariable("RISKENGINE_APPROVE_API") == "1") File.WriteAllText(approvedPath, actual);

        Assert.Equal(File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "(no approved file: run with RISKENGINE_APPROVE_API=1)", actual);
    }
}
