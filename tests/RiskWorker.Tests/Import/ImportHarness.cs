using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RiskEngine;
using RiskWorker.Cli;
using RiskWorker.Import;
using RiskWorker.Reviews;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

/// <summary>The worker's imports and exports wired as the verbs wire them, on a real SQLite file in a temp folder, with a fake clock.</summary>
internal sealed class ImportHarness : IDisposable
{
    /// <param name="now">The fake clock's start.</param>
    /// <param name="rules">A rules directory; the repository's by default.</param>
    public ImportHarness(DateTimeOffset? now = null, string? rules = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));
        DatabasePath = Temp.File("import.db");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddWorkerEngine(o =>
        {
            o.RulesDirectory = rules ?? RepoPaths.Rules;
            o.DatabasePath = DatabasePath;
        });
        services.AddImportExport().AddReviewBodies(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Services = services.BuildServiceProvider();
    }

    public TempDirectory Temp { get; } = new();

    public FakeTimeProvider Clock { get; }

    public string DatabasePath { get; }

    public ServiceProvider Services { get; }

    public IRiskRegister Register => Services.GetRequiredService<IRiskRegister>();

    public IObservationStore Observations => Services.GetRequiredService<IObservationStore>();

    public StringWriter Output { get; } = new();

    /// <summary>The words the imports speak here: English, as the tests read their messages.</summary>
    public RiskEngine.Words Words => Register.Words.For("en");

    public IImportProgress Progress => new ConsoleProgress(Output, terminal: false, fileBytes: 0, Words);

    /// <summary>A percentage indicator whose targets are all at least 1 %, so the ambiguity rule applies to it.</summary>
    public Indicator Percent => Register.Indicators.First(i => i.IsPercent && PercentRule.IsAmbiguous(i, 0.5));

    /// <summary>An indicator that is not a percentage and cannot be negative (a count, money, years…).</summary>
    public Indicator Count => Register.Indicators.First(i => !i.IsPercent && i.IsNonNegative);

    public Task<IndicatorImportResult> ImportIndicatorsAsync(string path, bool replace = false, bool dryRun = false) =>
        Services.GetRequiredService<IndicatorImporter>().ImportAsync(path, replace, dryRun, Words, Progress, CancellationToken.None);

    /// <summary>Counts overdue actions as of the fake clock's day in Bishkek, as the verb does without <c>--as-of</c>.</summary>
    public Task<ActionImportResult> ImportActionsAsync(string path, bool dryRun = false) =>
        Services.GetRequiredService<ActionImporter>().ImportAsync(path, dryRun, Register.Identity.Today(Clock), Words, Progress, CancellationToken.None);

    public Task<ScopeImportResult> ImportScopesAsync(string path) =>
        Services.GetRequiredService<ScopeImporter>().ImportAsync(path, dryRun: false, Words, Progress, CancellationToken.None);

    public Task AddScopesAsync(params string[] codes) =>
        Services.GetRequiredService<IScopeStore>().UpsertAsync(codes.Select(c => new ScopeInfo(c, c + " faculty")).ToList());

    /// <summary>Every row of every table, in a fixed order: equal dumps mean nothing was written.</summary>
    public async Task<string> DumpAsync()
    {
        await Observations.GetAllAsync(); // applies the schema, so a dump before any write is comparable
        return await DumpAsync(DatabasePath);
    }

    public static async Task<string> DumpAsync(string databasePath)
    {
        await using var c = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        var dump = new StringBuilder();
        foreach (var table in await c.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        {
            dump.AppendLine("## " + table);
            var columns = await c.ExecuteScalarAsync<int>($"SELECT count(*) FROM pragma_table_info('{table}')");
            var order = string.Join(", ", Enumerable.Range(1, columns));
            foreach (IDictionary<string, object?> row in await c.QueryAsync($"SELECT * FROM \"{table}\" ORDER BY {order}"))
            {
                dump.AppendLine(string.Join(" | ", row.Values));
            }
        }

        return dump.ToString();
    }

    public void Dispose()
    {
        Services.Dispose();
        Temp.Dispose();
    }
}
