using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Rating;
using RiskEngine.Storage;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The parts of one evaluation of the store benchmark's data timed apart, on a provider the store benchmark seeded:
/// reading the observations, rating them (facts, one NRules session per scope, reasons; with the garbage collections it caused), writing the assessments' JSON,
/// and storing them (the time of <see cref="AssessmentHistory.StoreAsync"/> less the JSON it writes). Medians of
/// <c>runs</c> rounds. Rating also shows the processor time all threads spent on it and what it allocated: on a machine
/// shared with other work, those say more than its wall-clock time. Run: dotnet run -c Release --project bench/RiskEngine.Benchmarks -- store-parts [runs]
/// </summary>
internal static class StoreParts
{
    public static async Task MeasureAsync(string name, IServiceProvider provider, DateOnly asOf, int runs)
    {
        var observations = provider.GetRequiredService<IObservationStore>();
        var rater = provider.GetRequiredService<RiskRater>();
        var actions = provider.GetRequiredService<IMitigationActionStore>();
        var scopes = provider.GetRequiredService<IScopeStore>();
        var history = provider.GetRequiredService<AssessmentHistory>();
        var times = new Dictionary<string, List<double>> { ["read"] = [], ["rate"] = [], ["rate cpu"] = [], ["rate alloc"] = [], ["gen0"] = [], ["gen1"] = [], ["gen2"] = [], ["json"] = [], ["write"] = [] };
        var process = Process.GetCurrentProcess();
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var data = await observations.GetAllAsync();
            times["read"].Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            var (cpu, allocated) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var names = (await scopes.GetAllAsync()).ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
            var rated = rater.Rate(asOf, data, await actions.GetAllAsync(), names, CancellationToken.None);
            times["rate"].Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            times["rate cpu"].Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            times["rate alloc"].Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
            // Collections during the rating (a gen-1 collection counts as gen-0 too, as the runtime counts them).
            times["gen0"].Add(GC.CollectionCount(0) - gen0);
            times["gen1"].Add(GC.CollectionCount(1) - gen1);
            times["gen2"].Add(GC.CollectionCount(2) - gen2);

            clock.Restart();
            bytes = rated.Sum(r => (long)AssessmentJson.Write(r).Length);
            var json = clock.Elapsed.TotalMilliseconds;
            times["json"].Add(json);

            clock.Restart();
            await history.StoreAsync(new Evaluation(null, asOf, DateTimeOffset.UtcNow, "parts", true, rated), CancellationToken.None);
            times["write"].Add(clock.Elapsed.TotalMilliseconds - json);
        }

        static double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Median(times["read"]):N0} ms | {Median(times["rate"]):N0} ms (processor {Median(times["rate cpu"]):N0} ms, {Median(times["rate alloc"]):N0} MB allocated; collections gen0/1/2 {Median(times["gen0"]):N0}/{Median(times["gen1"]):N0}/{Median(times["gen2"]):N0}) | {Median(times["json"]):N0} ms ({bytes / 1e6:N1} MB of UTF-8) | {Median(times["write"]):N0} ms |"));
    }
}
