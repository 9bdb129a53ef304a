using Microsoft.Extensions.Configuration;

namespace RiskWorker.Cli;

/// <summary>
/// Settings for the verbs, in the host's order: <c>appsettings.json</c> beside the program, then
/// <c>appsettings.{DOTNET_ENVIRONMENT}.json</c>, then environment variables (<c>Smtp__Host</c>, …), the last winning.
/// Read once per process: a verb is one process, and its engine, mail and command settings must be read from one snapshot.
/// </summary>
internal static class WorkerConfiguration
{
    private static readonly Lazy<IConfiguration> Instance = new(Build);

    public static IConfiguration Current => Instance.Value;

    private static IConfiguration Build()
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
