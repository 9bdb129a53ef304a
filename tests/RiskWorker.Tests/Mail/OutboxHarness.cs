using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RiskEngine;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>The worker's real mail services on a real SQLite file, configured like the worker (an <c>Smtp</c> section), with logs captured.</summary>
internal sealed class OutboxHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public OutboxHarness(string databasePath, IReadOnlyDictionary<string, string> smtp, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(EnvironmentSettings.AsConfiguration(smtp))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        if (clock is not null) services.AddSingleton(clock);
        services.AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (databasePath, RepoPaths.Rules));
        services.AddWorkerMail(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public CapturedLogs Logs { get; } = new();

    public IOutbox Outbox => _services.GetRequiredService<IOutbox>();

    public IOutboxReader Reader => _services.GetRequiredService<IOutboxReader>();

    public async Task<OutboxEntry> EntryAsync(string key) => (await Reader.ListAsync(null, CancellationToken.None)).Single(e => e.Key == key);

    public void Dispose() => _services.Dispose();
}
