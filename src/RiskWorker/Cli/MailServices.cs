using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using RiskWorker.Mail;

namespace RiskWorker.Cli;

/// <summary>The engine plus the outbox for a mail verb; logs follow the configuration's <c>Logging</c> section and go to stderr, results to stdout.</summary>
internal static class MailServices
{
    public static ServiceProvider Build(ParseResult parse)
    {
        var configuration = WorkerConfiguration.Current;
        return EngineServices.Build(parse, services =>
        {
            services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")));
            services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            services.AddWorkerMail(configuration);
        });
    }
}
