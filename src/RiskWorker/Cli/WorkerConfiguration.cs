using Microsoft.Extensions.Configuration;

namespace RiskWorker.Cli;

/// <summary>
/// Configuration for the command-line verbs, read the same way the host reads it: <c>appsettings.json</c> beside
/// the program, <c>appsettings.{DOTNET_ENVIRONMENT}.json</c>, then environment variables (<c>Smtp__Host</c>, …).
/// </summary>
internal static class WorkerConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
