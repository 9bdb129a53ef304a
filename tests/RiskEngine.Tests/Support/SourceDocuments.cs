using System.Text.Json;

namespace RiskEngine.Tests.Support;

/// <summary>
/// The source document the register is transcribed from, for the tests that check the register against it. Looked for
/// where the register itself says (<c>plan.source.file</c> of <c>rules/register.json</c>, relative to the rules
/// folder, when that path exists), else under its file name in the folder named by <c>RISKENGINE_SEEDS</c>, else in
/// <c>../shared/seeds</c> beside the clone. A clone alone has none of them; those tests are then skipped with the
/// reason, and the rest of the suite runs.
/// </summary>
internal static class SourceDocuments
{
    public const string Variable = "RISKENGINE_SEEDS";

    /// <summary>The plan the shipped register's line numbers refer to, or null when it is in none of the places.</summary>
    public static string? PlanFile { get; } = Find(RepoPaths.Rules, Environment.GetEnvironmentVariable(Variable), RepoPaths.Seeds);

    public static string[] PlanLines => File.ReadAllLines(PlanFile!);

    /// <summary>Why the tests that need the source are skipped.</summary>
    public static string Missing => $"the register's source document ('{SourceEntry(RepoPaths.Rules)}' in rules/register.json) is not here: "
        + $"put it at that path under rules/, set {Variable} to the folder holding it, or place shared/seeds beside the clone";

    /// <summary>The source document of the register in <paramref name="rulesFolder"/>, in the order of the places above.</summary>
    public static string? Find(string rulesFolder, string? configuredFolder, string sharedSeeds)
    {
        if (SourceEntry(rulesFolder) is not { Length: > 0 } entry) return null;
        var own = Path.GetFullPath(Path.Combine(rulesFolder, entry));
        if (File.Exists(own)) return own;
        return new[] { configuredFolder, sharedSeeds }
            .Where(folder => !string.IsNullOrEmpty(folder))
            .Select(folder => Path.Combine(folder!, Path.GetFileName(entry)))
            .FirstOrDefault(File.Exists);
    }

    // Read here rather than through the register loader: deciding to skip must not compile the rule set.
    private static string? SourceEntry(string rulesFolder)
    {
        var path = Path.Combine(rulesFolder, "register.json");
        if (!File.Exists(path)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.TryGetProperty("plan", out var plan) && plan.TryGetProperty("source", out var source) && source.TryGetProperty("file", out var file)
            && file.ValueKind == JsonValueKind.String ? file.GetString() : null;
    }
}
