using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The engine's services for one command-line verb: the <c>RiskEngine</c> section of <see cref="WorkerConfiguration"/>
/// (appsettings and environment, e.g. <c>RiskEngine__IndicatorTargets__HR_DEGREE_SHARE__2026=44</c>), then <c>--db</c>
/// and <c>--rules</c>, which win; without <c>--rules</c> the register is found by <see cref="RulesLocator"/>.
/// </summary>
internal static class EngineServices
{
    /// <summary>The configuration section the engine's options are bound from.</summary>
    public const string Section = "RiskEngine";

    public static ServiceProvider Build(ParseResult parse, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddRiskEngine(o => Configure(o, parse));
        services.AddSingleton(ReaderWords.For(parse));
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static void Configure(RiskEngineOptions options, ParseResult parse)
    {
        var configuration = WorkerConfiguration.Current;
        Bind(configuration, options);
        options.DatabasePath = CliOptions.Database(parse);
        options.RulesDirectory = RulesLocator.Resolve(parse.GetValue(CliOptions.Rules), configuration);
    }

    /// <summary>Binds the <c>RiskEngine</c> section strictly (see <see cref="StrictBinding"/>): a target that does not read must not silently not apply.</summary>
    public static void Bind(IConfiguration configuration, RiskEngineOptions options)
    {
        StrictBinding.Bind(configuration.GetSection(Section), options);
        // The worker's fixed words (Words/<language>.json) join the engine's, checked complete for the register's languages.
        options.AddWords(typeof(EngineServices).Assembly);
    }
}
