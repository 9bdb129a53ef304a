namespace RiskEngine.Tests.Support;

/// <summary>
/// The source documents the register is transcribed from, for the tests that check the register against them:
/// the folder named by <c>RISKENGINE_SEEDS</c>, else <c>../shared/seeds</c> beside the clone. A clone alone has
/// neither; those tests are then skipped with the reason, and the rest of the suite runs.
/// </summary>
internal static class SourceDocuments
{
    public static string? Folder { get; } = Find();

    /// <summary>The plan (seed 004) the register's line numbers refer to.</summary>
    public static string[] PlanLines => File.ReadAllLines(Directory.GetFiles(Folder!, "004_*.txt").Single());

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("RISKENGINE_SEEDS");
        foreach (var folder in new[] { configured, RepoPaths.Seeds })
        {
            if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder) && Directory.GetFiles(folder, "004_*.txt").Length == 1) return folder;
        }

        return null;
    }
}
