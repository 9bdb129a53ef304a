using Microsoft.Extensions.Configuration;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The configuration alternative to <c>scopes import</c>: a <c>Scopes</c> list in appsettings.json (or
/// <c>RISKWORKER_Scopes__0__Code</c>-style environment variables), upserted before indicator values are checked.
/// </summary>
internal static class ConfiguredScopes
{
    public static IReadOnlyList<ScopeInfo> Read(IConfiguration configuration) =>
        configuration.GetSection("Scopes").GetChildren()
            .Select(s => new ScopeInfo(s["Code"] ?? "", s["Name"] ?? s["Code"] ?? "", ImportWords.Kind(s["Kind"] ?? "faculty") ?? "other"))
            .Where(s => s.Code.Length > 0)
            .ToList();

    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("RISKWORKER_")
        .Build();
}
