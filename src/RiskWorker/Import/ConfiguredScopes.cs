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
    /// <summary>The configured scopes, a kind written in any of the register's languages (see <see cref="ImportWords"/>).</summary>
    public static IReadOnlyList<ScopeInfo> Read(IConfiguration configuration, ImportWords words) =>
        configuration.GetSection("Scopes").GetChildren()
            .Select(s => new ScopeInfo(s["Code"] ?? "", s["Name"] ?? s["Code"] ?? "", words.Kind(s["Kind"] ?? "faculty") ?? "other"))
            .Where(s => s.Code.Length > 0)
            .ToList();

    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("RISKWORKER_")
        .Build();

    /// <summary>Wraps the engine's <see cref="IScopeStore"/> (registered before) so everything resolving it sees the configured scopes too.</summary>
    public static IServiceCollection AddConfiguredScopes(this IServiceCollection services, IConfiguration configuration)
    {
        var engine = services.Last(d => d.ServiceType == typeof(IScopeStore));
        services.Remove(engine);
        services.AddSingleton(sp => new ConfiguredScopeStore(
            (IScopeStore)(engine.ImplementationInstance ?? engine.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, engine.ImplementationType!)),
            Read(configuration, ImportWords.Of(sp.GetRequiredService<IRiskRegister>().Words))));
        services.AddSingleton<IScopeStore>(sp => sp.GetRequiredService<ConfiguredScopeStore>());
        return services;
    }
}
