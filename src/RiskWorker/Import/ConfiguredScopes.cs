using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The configuration alternative to <c>scopes import</c>: a <c>Scopes</c> list in appsettings.json (or
/// <c>RISKWORKER_Scopes__0__Code</c>-style environment variables), known in memory through <see cref="ConfiguredScopeStore"/>.
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

    /// <summary>Wraps the engine's <see cref="IScopeStore"/> (registered before) so everything resolving it sees the configured scopes too.</summary>
    public static IServiceCollection AddConfiguredScopes(this IServiceCollection services, IReadOnlyList<ScopeInfo> configured)
    {
        var engine = services.Last(d => d.ServiceType == typeof(IScopeStore));
        services.Remove(engine);
        services.AddSingleton(sp => new ConfiguredScopeStore(
            (IScopeStore)(engine.ImplementationInstance ?? engine.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, engine.ImplementationType!)),
            configured));
        services.AddSingleton<IScopeStore>(sp => sp.GetRequiredService<ConfiguredScopeStore>());
        return services;
    }
}
