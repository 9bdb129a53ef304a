using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The engine's services for one command-line verb: the <c>RiskEngine</c> section of <see cref="WorkerConfiguration"/>
/// (appsettings and environment, e.g. <c>RiskEngine__IndicatorTargets__HR_DEGREE_SHARE__2026=44</c>), then <c>--db</c>
/// and <c>--rules</c>, which win.
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
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static void Configure(RiskEngineOptions options, ParseResult parse)
    {
        Bind(WorkerConfiguration.Build(), options);
        options.DatabasePath = parse.GetValue(CliOptions.Db)!;
        options.RulesDirectory = RulesLocator.Resolve(parse.GetValue(CliOptions.Rules));
    }

    /// <summary>
    /// Binds the <c>RiskEngine</c> section strictly. The binder on its own drops a value it cannot convert
    /// (<c>IndicatorTargets:X:2026 = abc</c>) and a misspelt key without a word, so a target would silently not apply.
    /// </summary>
    /// <exception cref="OptionsValidationException">A value does not convert or a key is unknown; the message names it.</exception>
    public static void Bind(IConfiguration configuration, RiskEngineOptions options)
    {
        try
        {
            configuration.GetSection(Section).Bind(options, b => b.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            var cause = ex;
            while (cause.InnerException is InvalidOperationException inner) cause = inner;
            throw new OptionsValidationException(Section, typeof(RiskEngineOptions), [cause.Message]);
        }
    }
}
