namespace RiskWorker.Cli;

/// <summary>Finds the repository's <c>rules/</c> when none is given: from the working directory up, then from the program's folder up.</summary>
internal static class RulesLocator
{
    public static string Resolve(string? explicitDirectory)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return explicitDirectory;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (File.Exists(Path.Combine(candidate, "indicators.json"))) return candidate;
            }
        }

        return "rules";
    }
}
