using Microsoft.Extensions.Configuration;

namespace RiskWorker.Cli;

/// <summary>
/// Settings for the verbs, in the host's order: <c>appsettings.json</c> beside the program, then
/// <c>appsettings.{DOTNET_ENVIRONMENT}.json</c>, then environment variables (<c>Smtp__Host</c>, …), the last winning.
/// </summary>
internal static class WorkerConfiguration
{
    public static IConfiguration Build()
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
