using Microsoft.Extensions.Configuration;

namespace RiskWorker.Cli;

/// <summary>
/// Which register the worker reads, first match wins: <c>--rules</c>; the <c>RiskEngine:RulesDirectory</c> setting
/// (appsettings.json or <c>RiskEngine__RulesDirectory</c>); <c>rules/</c> in the working directory; <c>rules/</c>
/// beside the program (what <c>dotnet publish</c> ships); <c>rules/</c> in a folder above the program (a build inside
/// the repository). A folder counts when it holds <c>indicators.json</c>. With none, the path beside the program, so
/// the error names where the shipped register was expected.
/// </summary>
internal static class RulesLocator
{
    public static string Resolve(string? explicitDirectory, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return explicitDirectory;
        if (configuration[EngineServices.Section + ":" + nameof(RiskEngine.RiskEngineOptions.RulesDirectory)] is { Length: > 0 } configured) return configured;
        var candidates = new[] { Directory.GetCurrentDirectory() }
            .Concat(Ancestors(AppContext.BaseDirectory))
            .Select(dir => Path.Combine(dir, "rules"));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "indicators.json"))) ?? Path.Combine(AppContext.BaseDirectory, "rules");
    }

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent) yield return dir.FullName;
    }
}
