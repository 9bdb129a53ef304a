using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Testing;

namespace RiskEngine.Benchmarks;

/// <summary>
/// Bulk import through the engine's store (what <c>import indicators</c> does after parsing): N observations (default
/// 1,000,000: 40 indicators × 100 scopes × 250 days, synthetic, illustrative) into an empty database, then the same
/// rows again with other values and replace on (every row replaced), on SQLite and on PostgreSQL in the same run.
/// Each is one all-or-nothing write with every check. Run:
/// dotnet run -c Release --project bench/RiskEngine.Benchmarks -- import [rows]
/// (PostgreSQL: a private server like the tests', or RISKENGINE_TEST_POSTGRES).
/// </summary>
internal static class ImportBenchmark
{
    private const int ScopeCount = 100;

    public static async Task RunAsync(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "riskengine-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Console.WriteLine($"| store | insert {rows:N0} rows into an empty table | replace all {rows:N0} |");
        Console.WriteLine("|---|---|---|");
        await MeasureAsync("SQLite", Path.Combine(folder, "bench.db"), rows);
        var postgres = PostgresServer.Instance.CreateDatabase();
        try
        {
            await MeasureAsync("PostgreSQL", postgres, rows);
        }
        finally
        {
            PostgresServer.Instance.DropDatabase(postgres);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task MeasureAsync(string name, string database, int rows)
    {
        var services = new ServiceCollection();
        services.AddRiskEngine(o => (o.DatabasePath, o.RulesDirectory) = (database, RulesDirectory.Find()));
        await using var provider = services.BuildServiceProvider();
        var register = provider.GetRequiredService<IRiskRegister>();
        var scopes = Enumerable.Range(1, ScopeCount).Select(i => new ScopeInfo($"F{i:000}", $"Illustrative faculty {i}")).ToList();
        await provider.GetRequiredService<IScopeStore>().UpsertAsync(scopes);
        var store = provider.GetRequiredService<IObservationStore>();
        await store.GetAllAsync(); // schema and connection pool, outside the timing

        var first = Generate(register, scopes, rows, 1.0);
        var again = Generate(register, scopes, rows, 0.9);
        var clock = Stopwatch.StartNew();
        var inserted = await store.AddAsync(first, replace: false);
        var insert = clock.Elapsed;
        clock.Restart();
        var replaced = await store.AddAsync(again, replace: true);
        var replace = clock.Elapsed;
        if (inserted.Inserted != rows || replaced.Replaced != rows) throw new InvalidOperationException($"{inserted} then {replaced}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {insert.TotalSeconds:N2} s ({rows / insert.TotalSeconds:N0} rows/s) | {replace.TotalSeconds:N2} s ({rows / replace.TotalSeconds:N0} rows/s) |"));
    }

    // Daily values from 2000-01-01 on, every indicator in every scope, half of them noted: illustrative only.
    private static List<Observation> Generate(IRiskRegister register, List<ScopeInfo> scopes, int rows, double scale)
    {
        var list = new List<Observation>(rows);
        for (var day = 0; list.Count < rows; day++)
        {
            var period = new DateOnly(2000, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var indicator in register.Indicators)
            {
                foreach (var scope in scopes)
                {
                    if (list.Count == rows) break;
                    var value = indicator.Measure.Bounded(Math.Round((indicator.IsPercent ? 50 : 1000) * scale * (1 + (list.Count % 7) / 10.0)));
                    list.Add(new Observation(indicator.Code, period, value, scope.Code, list.Count % 2 == 0 ? "illustrative" : null));
                }
            }
        }

        return list;
    }
}
