namespace RiskEngine.Benchmarks;

/// <summary>The repository's rules/ folder, found above the binaries (BenchmarkDotNet runs them from its own folders).</summary>
internal static class RulesDirectory
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "rules", "indicators.json"))) return Path.Combine(dir.FullName, "rules");
        }

        throw new DirectoryNotFoundException("rules/ not found above " + AppContext.BaseDirectory);
    }
}
