using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Storage;
using RiskEngine.Testing;

namespace RiskEngine.Benchmarks;

/// <summary>
/// One evaluation of a large register's data against the time of one plain query reading the same rows (the floor),
/// on SQLite and on PostgreSQL, in the same run: 1,000 scopes × 40 indicators × 6 years = 240,000 synthetic,
/// illustrative observations. Also the live managed heap after each of several stored evaluations (it must not grow
/// with their number). Run: dotnet run -c Release --project bench/RiskEngine.Benchmarks -- store [runs]
/// (PostgreSQL: a private server like the tests', or RISKENGINE_TEST_POSTGRES).
/// </summary>
internal static class StoreBenchmark
{
    private const int ScopeCount = 1000;
    private static readonly int[] Years = [2021, 2022, 2023, 2024, 2025, 2026];
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    public static async Task RunAsync(int runs, bool parts = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "riskengine-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine(parts
            ? "| store | floor | read the observations | rate (facts, sessions, reasons) | read, then rate / both side by side | write the assessments' JSON | store them (less the JSON) | read + JSON + store: the evaluation if rating cost nothing |"
            : $"| store | floor: SELECT of the {ScopeCount * 40 * Years.Length:N0} rows | one evaluation | ratio | live heap after each of the {runs} evaluations |");
        Console.WriteLine(parts ? "|---|---|---|---|---|---|---|---|" : "|---|---|---|---|---|");
        await MeasureAsync("SQLite", Path.Combine(folder, "bench.db"), runs, parts);
        var postgres = PostgresServer.Instance.CreateDatabase();
        try
        {
            await MeasureAsync("PostgreSQL", postgres, runs, parts);
        }
        finally
        {
            PostgresServer.Instance.DropDatabase(postgres);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task MeasureAsync(string name, string database, int runs, bool parts)
    {
        var services = new ServiceCollection();
        services.AddRiskEngine(o => (o.DatabasePath, o.RulesDirectory) = (database, RulesDirectory.Find()));
        await using var provider = services.BuildServiceProvider();
        var register = provider.GetRequiredService<IRiskRegister>();
        await SeedAsync(provider, register);
        var evaluator = provider.GetRequiredService<IRiskEvaluator>();
        var db = provider.GetRequiredService<EngineDatabase>();
        await evaluator.EvaluateAsync(AsOf); // warm-up: JIT, rule compilation, connection pool
        if (parts)
        {
            await StoreParts.MeasureAsync(name, provider, AsOf, Rows(register), runs);
            return;
        }

        var floors = new List<double>();
        var evaluations = new List<double>();
        var heap = new List<long>();
        for (var i = 0; i < runs; i++)
        {
            floors.Add(await Floor.MeasureAsync(db, Rows(register)));
            var clock = Stopwatch.StartNew();
            await evaluator.EvaluateAsync(AsOf);
            evaluations.Add(clock.Elapsed.TotalMilliseconds);
            // Compacting the large object heap too: an evaluation's JSON strings are large objects, and the free space
            // they leave would otherwise read as memory held.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            // What that collection found alive, byte for byte. GC.GetTotalMemory moved here in steps of 16–32 MB, up and
            // down, between evaluations that keep nothing, so it cannot tell growth from the collector's bookkeeping.
            heap.Add(GC.GetGCMemoryInfo(GCKind.FullBlocking).PromotedBytes);
        }

        var (floor, evaluation) = (Median(floors), Median(evaluations));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {floor:N0} ms | {evaluation:N0} ms | {evaluation / floor:N1}× | {string.Join(" → ", heap.Select(h => (h / 1048576.0).ToString("N0", CultureInfo.InvariantCulture)))} MB |"));
    }

    // Values between 60 % and 110 % of the indicator's largest target, varying by scope and year: illustrative only.
    // The spread comes from the scope's number, not from string hashing (randomised per process), so every run rates the same data.
    private static async Task SeedAsync(IServiceProvider provider, IRiskRegister register)
    {
        var scopes = Enumerable.Range(1, ScopeCount).Select(i => new ScopeInfo($"S{i:0000}", $"Illustrative unit {i}")).ToList();
        await provider.GetRequiredService<IScopeStore>().UpsertAsync(scopes);
        var observations = (from indicator in register.Indicators
                            let top = indicator.Targets.Count == 0 ? 50 : indicator.Targets.Values.Max()
                            from scope in scopes
                            from year in Years
                            let spread = int.Parse(scope.Code.AsSpan(1), CultureInfo.InvariantCulture) * 97 % 256 / 255.0
                            let share = 0.6 + 0.5 * spread * (year - 2020) / 6.0
                            select new Observation(indicator.Code, year.ToString(CultureInfo.InvariantCulture),
                                Math.Round(indicator.IsPercent ? Math.Min(100, top * share) : top * share, 2), scope.Code)).ToList();
        await provider.GetRequiredService<IObservationStore>().AddAsync(observations, replace: false);
        await provider.GetRequiredService<IObservationStore>().SetIllustrativeAsync(true);
    }

    private static int Rows(IRiskRegister register) => ScopeCount * register.Indicators.Count * Years.Length;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
