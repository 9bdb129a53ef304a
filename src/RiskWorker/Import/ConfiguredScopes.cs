using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The configuration alternative to <c>scopes import</c>: a <c>Scopes</c> list in appsettings.json (or
/// <c>RISKWORKER_Scopes__0__Code</c>-style environment variables), known in memory through <see cref="ConfiguredScopeStore"/>.
/// A scope's <c>Name</c> is one text or one per language (<c>"Name": {"ky": "…", "ru": "…"}</c>, see <see cref="ScopeNameColumns"/>).
/// </summary>
internal static class ConfiguredScopes
{
    /// <summary>The configured scopes, a kind written in any of the register's languages (see <see cref="ImportWords"/>).</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A name is given in a language the register does not offer.</exception>
    public static IReadOnlyList<ScopeInfo> Read(IConfiguration configuration, IRiskRegister register)
    {
        var kinds = ImportWords.Of(register.Words);
        var languages = register.Words.Languages;
        return configuration.GetSection("Scopes").GetChildren()
            .Where(s => !string.IsNullOrEmpty(s["Code"]))
            .Select(s => new ScopeInfo(s["Code"]!, ScopeNameColumns.Read(s, languages, register.Words.For(null)), kinds.Kind(s["Kind"] ?? "faculty") ?? "other"))
            .ToList();
    }

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
            Read(configuration, sp.GetRequiredService<IRiskRegister>())));
        services.AddSingleton<IScopeStore>(sp => sp.GetRequiredService<ConfiguredScopeStore>());
        return services;
    }
}
