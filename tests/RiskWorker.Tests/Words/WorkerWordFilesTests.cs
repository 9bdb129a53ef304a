using System.Text.Json.Nodes;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Words;

/// <summary>The worker's word files as written in the repository: the load check refuses a gap too, these name it directly.</summary>
public sealed class WorkerWordFilesTests
{
    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    public void Keys_EveryEnglishKey_ExistsInTheLanguage(string language)
    {
        var missing = Keys("en").Except(Keys(language), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"src/RiskWorker/Words/{language}.json lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    public void Keys_EveryKeyOfTheLanguage_ExistsInEnglish(string language)
    {
        var extra = Keys(language).Except(Keys("en"), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.True(extra.Count == 0, $"src/RiskWorker/Words/en.json lacks: {string.Join(", ", extra)}");
    }

    private static IReadOnlyList<string> Keys(string language) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "RiskWorker", "Words", language + ".json")))!["words"]!.AsObject().Select(w => w.Key).ToList();
}
