using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RiskEngine;
using RiskWorker.Campaign;
using RiskWorker.Cli;
using RiskWorker.Reviews;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Campaign.Support;

/// <summary>
/// The worker's real services wired as the host does (<c>AddWorkerServices</c>): a real SQLite file or PostgreSQL database, the real outbox
/// sending to a real SMTP server (aiosmtpd), the repository's rules, Chromium for the pack, and a fake clock moved
/// day by day to 07:00 Asia/Bishkek, when the campaign job runs. The Council meets on <see cref="Meeting"/>.
/// </summary>
internal sealed class CampaignWorld : IAsyncDisposable
{
    public static readonly DateOnly Meeting = new(2026, 12, 23);
    public const string Secretary = "secretary@example.org";
    public const string Fallback = "planning@example.org";

    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    private CampaignWorld(SmtpServer smtp, IReadOnlyDictionary<string, string?> settings, DateOnly start, TestStore store)
    {
        Smtp = smtp;
        _database = new TestDatabase(store, _temp.Path, "campaign.db");
        Clock = new FakeTimeProvider(At(start));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(EnvironmentSettings.AsConfiguration(smtp.Environment))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Notifications:FallbackEmail"] = Fallback,
                ["Council:MeetingDate"] = "2026-12-23",
                ["Council:SecretaryEmail"] = Secretary,
                ["Council:SecretaryLanguage"] = "ru",
            })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(SharedRules.Value);
        services.AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (_database.Setting, RepoPaths.Rules));
        services.AddWorkerServices(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; }

    public SmtpServer Smtp { get; }

    public ServiceProvider Services { get; }

    /// <param name="settings">Configuration over the defaults (a second review body, another meeting date).</param>
    /// <param name="start">The first day the clock shows; default T-31 of the Council meeting.</param>
    /// <param name="store">The database the world keeps its data in.</param>
    public static async Task<CampaignWorld> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, DateOnly? start = null, TestStore store = TestStore.Sqlite) =>
        new(await SmtpServer.StartAsync(), settings ?? new Dictionary<string, string?>(), start ?? Meeting.AddDays(-31), store);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Moves the clock to 07:00 Bishkek on <paramref name="day"/> and runs the campaign as the daily job does.</summary>
    public Task<CampaignRunReport> RunOnAsync(DateOnly day, string body = "council")
    {
        Clock.SetUtcNow(At(day));
        return Get<ReviewCampaign>().RunAsync(Get<ReviewBodies>().Get(body), ShippedRegister.Value.Identity.Today(Clock), CancellationToken.None);
    }

    /// <summary>Moves the clock to 07:00 Bishkek on <paramref name="day"/> and runs every body's campaign, as the daily job does.</summary>
    public Task<IReadOnlyList<CampaignRunReport>> RunAllOnAsync(DateOnly day)
    {
        Clock.SetUtcNow(At(day));
        return Get<ReviewCampaign>().RunAllAsync(ShippedRegister.Value.Identity.Today(Clock), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        _database.Dispose();
        _temp.Dispose();
    }

    // 07:00 in Bishkek (UTC+6) is 01:00 UTC.
    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
}
