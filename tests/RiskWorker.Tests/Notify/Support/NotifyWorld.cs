using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RiskEngine;
using RiskEngine.Storage;
using RiskWorker.Demo;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Owners;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify.Support;

/// <summary>
/// The worker's notification services, on a real SQLite file or PostgreSQL database with the repository's
/// rules, a fake clock (Monday 23 Nov 2026, 09:00 Asia/Bishkek) and the in-memory outbox.
/// </summary>
internal sealed class NotifyWorld : IDisposable
{
    public const string Fallback = "planning@example.org";
    public static readonly DateOnly Today = new(2026, 11, 23);

    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    /// <param name="rules">The rule set, when not the repository's.</param>
    public NotifyWorld(RiskEngine.Rules.CompiledRuleSet? rules = null, TestStore store = TestStore.Sqlite)
    {
        _database = new TestDatabase(store, _temp.Path, "notify.db");
        DatabasePath = _database.Setting;
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(rules ?? SharedRules.Value);
        services.AddWorkerEngine(o =>
        {
            o.DatabasePath = DatabasePath;
            o.RulesDirectory = RepoPaths.Rules;
        });
        services.AddNotifications(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Notifications:FallbackEmail"] = Fallback }).Build());
        services.AddSingleton<IOutbox>(Outbox);
        services.AddSingleton<IOutboxReader>(Outbox);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));

    public FakeOutbox Outbox { get; } = new();

    public string DatabasePath { get; }

    public ServiceProvider Services { get; }

    public IRiskRegister Register => Services.GetRequiredService<IRiskRegister>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public Task OwnersAsync(params Owner[] owners) => Get<IOwnerStore>().ReplaceAllAsync(owners, CancellationToken.None);

    /// <summary>Stores a hand-made evaluation as the engine would, so a test controls every level and reason.</summary>
    public async Task<long> StoreAsync(DateOnly asOf, bool illustrative, params RiskAssessment[] risks) =>
        await Get<AssessmentHistory>().StoreAsync(new Evaluation(null, asOf, Clock.GetUtcNow(), Register.Version, illustrative, risks), CancellationToken.None);

    /// <summary>
    /// The illustrative demo data set stored and evaluated by the real engine as of <see cref="Today"/>: a test of what an
    /// output shows for a link between risks reads the chain the engine made (1.1 raised by 1.2), not a hand-made reason.
    /// </summary>
    public async Task<Evaluation> EvaluateDemoAsync()
    {
        await new DemoDataSet(Register).StoreAsync(Get<IScopeStore>(), Get<IObservationStore>(), Get<IMitigationActionStore>(), Today, CancellationToken.None);
        return await Get<IRiskEvaluator>().EvaluateAsync(Today);
    }

    /// <summary>A university-wide assessment of <paramref name="code"/> with the category's real appetite.</summary>
    public RiskAssessment Risk(string code, int likelihood, int impact, IReadOnlyList<string>? stale = null, IReadOnlyList<Reason>? reasons = null)
    {
        var risk = Register.FindRisk(code)!;
        return new RiskAssessment
        {
            Code = code,
            Category = risk.Category,
            Likelihood = likelihood,
            Impact = impact,
            Appetite = Register.FindCategory(risk.Category)!.Appetite,
            WorstScope = Scopes.University,
            StaleIndicators = stale ?? [],
            Reasons = reasons ?? [],
            Scopes = [new ScopeRating(Scopes.University, likelihood, impact, reasons ?? [])],
        };
    }

    public void Dispose()
    {
        Services.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }
}
