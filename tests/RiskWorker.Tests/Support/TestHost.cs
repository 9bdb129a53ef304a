using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RiskWorker.Hosting;
using RiskWorker.Mail;

namespace RiskWorker.Tests.Support;

/// <summary>The real worker host on a temporary database (a SQLite file unless another is given), with a fake clock and an outbox of the test's choosing.</summary>
internal static class TestHost
{
    public static IHost Build(TempDirectory temp, FakeTimeProvider clock, IOutbox outbox, Dictionary<string, string?>? configuration = null, CapturedLogs? logs = null, string? database = null) =>
        WorkerHost.Build(new WorkerHostSettings(database ?? temp.File("r.db"), RepoPaths.Rules)
        {
            Clock = clock,
            Configuration = configuration ?? [],
            ConfigureServices = s =>
            {
                s.AddSingleton(outbox);
                if (logs is not null) s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
            },
        });

    /// <summary>Starts the host and waits for its scheduler: Quartz starts it once the application has started, just after StartAsync returns.</summary>
    public static async Task<IScheduler> StartAsync(IHost host)
    {
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.WaitUntilAsync(async () => await scheduler.GetStatus() == SchedulerStatus.Running);
        return scheduler;
    }
}
