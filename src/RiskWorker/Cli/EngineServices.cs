using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>The engine's services for one command-line verb, built from <c>--db</c> and <c>--rules</c>.</summary>
internal static class EngineServices
{
    public static ServiceProvider Build(ParseResult parse, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddRiskEngine(o =>
        {
            o.DatabasePath = parse.GetValue(CliOptions.Db)!;
            o.RulesDirectory = RulesLocator.Resolve(parse.GetValue(CliOptions.Rules));
        });
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
