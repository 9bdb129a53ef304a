using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RiskEngine.Rules;

namespace RiskEngine.Tests.Support;

/// <summary>
/// The engine wired as an embedding app would, on a real SQLite file or a real PostgreSQL database, with a fake clock and the shared rule set (or
/// one given, compiled with an app's rules).
/// </summary>
internal sealed class Engine : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    public Engine(TestStore store = TestStore.Sqlite, DateTimeOffset? now = null, CompiledRuleSet? rules = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));
        _database = new TestDatabase(store, _temp.Path, "engine.db");
        DatabasePath = _database.Setting;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        Rules = rules ?? SharedRuleSet.Value;
        services.AddSingleton(Rules);
        services.AddRiskEngine(o =>
        {
            o.RulesDirectory = RepoPaths.Rules;
            o.DatabasePath = DatabasePath;
        });
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }

    public string DatabasePath { get; }

    public ServiceProvider Services { get; }

    public IRiskEvaluator Evaluator => Services.GetRequiredService<IRiskEvaluator>();

    public IObservationStore Observations => Services.GetRequiredService<IObservationStore>();

    public IAssessmentHistory History => Services.GetRequiredService<IAssessmentHistory>();

    public IRiskRegister Register => Services.GetRequiredService<IRiskRegister>();

    public CompiledRuleSet Rules { get; }

    public void Dispose()
    {
        Services.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }
}
