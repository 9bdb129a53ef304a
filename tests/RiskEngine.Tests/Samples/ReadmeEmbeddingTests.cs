using System.Text.RegularExpressions;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Samples;

/// <summary>
/// README's "Embedding the library" shows every source file of samples/PlanningApp verbatim, each under a
/// <c>&lt;!-- file: … --&gt;</c> marker: what compiles there (PlanningAppTests runs it) compiles as pasted.
/// </summary>
public sealed partial class ReadmeEmbeddingTests
{
    [Fact]
    public void Readme_EmbeddingSection_ShowsEverySourceFileOfThePlanningAppVerbatim()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var shown = Snippet().Matches(readme).ToDictionary(m => m.Groups["path"].Value, m => m.Groups["code"].Value);
        var sample = Path.Combine(RepoPaths.Root, "samples", "PlanningApp");
        var sources = Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["samples/PlanningApp/Program.cs", "samples/PlanningApp/PublicationsBehindRule.cs"], sources);
        Assert.Equal(sources, shown.Keys.Order(StringComparer.Ordinal));
        foreach (var source in sources)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, source)).ReplaceLineEndings("\n"), shown[source]);
        }
    }

    [GeneratedRegex(@"^<!-- file: (?<path>\S+) -->\n```csharp\n(?<code>.*?\n)```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
