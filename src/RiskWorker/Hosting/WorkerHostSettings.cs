using Microsoft.Extensions.DependencyInjection;

namespace RiskWorker.Hosting;

/// <summary>What the host is started with: the command line's <c>--db</c>/<c>--rules</c>, and for tests a clock and extra services.</summary>
internal sealed record WorkerHostSettings(string DatabasePath, string RulesDirectory)
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The words settings refused at start are said in (the command line: <c>--lang</c>, else the register's default).</summary>
    public Cli.ReaderWords Reader { get; init; } = Cli.ReaderWords.English();

    /// <summary>Configuration values that win over appsettings.json and the environment.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();
}
