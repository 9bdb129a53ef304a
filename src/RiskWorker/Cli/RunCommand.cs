using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RiskWorker.Hosting;

namespace RiskWorker.Cli;

/// <summary><c>run</c> (and no verb at all): the scheduled worker, until Ctrl+C or the service manager stops it.</summary>
internal static class RunCommand
{
    public static Command Build()
    {
        var run = new Command("run");
        Verb.Action(run, RunAsync);
        return run;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        // The settings refused at start are said in --lang, else the register's default.
        var reader = ReaderWords.For(parse);
        var settings = new WorkerHostSettings(CliOptions.Database(parse), RulesLocator.Resolve(parse.GetValue(CliOptions.Rules), WorkerConfiguration.Current))
        {
            Reader = reader,
            ConfigureServices = services => services.AddSingleton(reader),
        };
        using var host = WorkerHost.Build(settings);
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        return Verb.Ok;
    }
}
