using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Rating;
using RiskEngine.Storage;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The parts of one evaluation of the store benchmark's data timed apart, on a provider the store benchmark seeded:
/// reading the observations, rating them (facts, one NRules session per scope, reasons), writing the assessments' JSON,
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
        var times = new Dictionary<string, List<double>> { ["read"] = [], ["rate"] = [], ["rate cpu"] = [], ["rate alloc"] = [], ["json"] = [], ["write"] = [] };
        var process = Process.GetCurrentProcess();
        long chars = 0;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var data = await observations.GetAllAsync();
            times["read"].Add(clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            var (cpu, allocated) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var names = (await scopes.GetAllAsync()).ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
            var rated = rater.Rate(asOf, data, await actions.GetAllAsync(), names, CancellationToken.None);
            times["rate"].Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            times["rate cpu"].Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            times["rate alloc"].Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);

            clock.Restart();
            chars = rated.Sum(r => (long)AssessmentJson.Write(r).Length);
            var json = clock.Elapsed.TotalMilliseconds;
            times["json"].Add(json);

            clock.Restart();
            await history.StoreAsync(new Evaluation(null, asOf, DateTimeOffset.UtcNow, "parts", true, rated), CancellationToken.None);
            times["write"].Add(clock.Elapsed.TotalMilliseconds - json);
        }

        static double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Median(times["read"]):N0} ms | {Median(times["rate"]):N0} ms (processor {Median(times["rate cpu"]):N0} ms, {Median(times["rate alloc"]):N0} MB allocated) | {Median(times["json"]):N0} ms ({chars / 1e6:N1} M chars) | {Median(times["write"]):N0} ms |"));
    }
}
