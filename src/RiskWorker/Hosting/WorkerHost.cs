using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using RiskEngine;
using RiskWorker.Cli;

namespace RiskWorker.Hosting;

/// <summary>
/// The long-running worker: Quartz with a persistent store (<see cref="QuartzStoreSetup"/>: a SQLite file beside the
/// database, one scheduler per file; or the PostgreSQL database itself, clustered, any number of workers), the
/// configured jobs, and shutdown that waits for a running job. Runs in a console, under systemd or as a Windows service.
/// </summary>
internal static class WorkerHost
{
    public static IHost Build(WorkerHostSettings settings) => Host.CreateDefaultBuilder()
        .UseContentRoot(AppContext.BaseDirectory)
        .UseSystemd()
        .UseWindowsService()
        .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings.Configuration))
        // A start refused for bad configuration or rules reaches the command line, which says it in one line;
        // the host's own "failed to start" error would repeat it with a stack trace. Its Critical entries still show.
        .ConfigureLogging(l => l.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical))
        .ConfigureServices((context, services) =>
        {
            var schedule = context.Configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions();
            if (schedule.Validate() is { Count: > 0 } failures) throw new OptionsValidationException(ScheduleOptions.Section, typeof(ScheduleOptions), failures.Select(f => f.In(settings.Reader.Words)));
            var database = QuartzStoreSetup.Target(settings.DatabasePath);
            var quartzStore = database.IsPostgres ? null : new QuartzStore(schedule.StoreFileFor(settings.DatabasePath));

            services.AddSingleton(settings.Clock);
            services.AddRiskEngine(o =>
            {
                EngineServices.Bind(context.Configuration, o);
                o.DatabasePath = settings.DatabasePath;
                o.RulesDirectory = settings.RulesDirectory;
            });
            services.AddWorkerServices(context.Configuration);
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(schedule.ShutdownTimeoutSeconds));
            services.AddSingleton(schedule);
            services.AddQuartz(q =>
            {
                q.UseTimeProvider(settings.Clock);
                QuartzStoreSetup.Configure(q, database, quartzStore);
            });
            // Hosted services start in registration order: the rules and the database are checked, the store prepared, then the schedule, then Quartz.
            services.AddHostedService<RuleSetStartupCheck>();
            services.AddHostedService<DatabaseStartupCheck>();
            if (quartzStore is not null) services.AddHostedService(_ => quartzStore);
            services.AddHostedService<ScheduleSynchronizer>();
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
            settings.ConfigureServices?.Invoke(services);
        })
        .Build();
}
