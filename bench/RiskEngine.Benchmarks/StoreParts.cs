using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Rating;
using RiskEngine.Storage;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The parts of one evaluation of the store benchmark's data timed apart, on a provider the store benchmark seeded,
/// beside the floor (<see cref="Floor"/>) in the same rounds: reading the observations, rating them (facts, one NRules
/// session per scope, reasons; with the garbage collections it caused), writing the assessments' JSON, and storing
/// them (the time of <see cref="AssessmentHistory.StoreAsync"/> less the JSON it writes). Two more figures say what
/// no change to the rating alone can win: the read and the rating run side by side (the previous round's data rated
/// while the next is read: what overlapping them would give), and read + JSON + store, an evaluation whose rating cost
/// nothing, against the floor. Medians of <c>runs</c> rounds. Rating also shows the processor time all threads spent
/// on it and what it allocated: on a machine shared with other work, those say more than its wall-clock time.
/// Run: dotnet run -c Release --project bench/RiskEngine.Benchmarks -- store-parts [runs]
/// </summary>
internal static class StoreParts
{
    public static async Task MeasureAsync(string name, IServiceProvider provider, DateOnly asOf, int rows, int runs)
    {
        var observations = provider.GetRequiredService<IObservationStore>();
        var rater = provider.GetRequiredService<RiskRater>();
        var actions = provider.GetRequiredService<IMitigationActionStore>();
        var scopes = provider.GetRequiredService<IScopeStore>();
        var history = provider.GetRequiredService<AssessmentHistory>();
        var db = provider.GetRequiredService<EngineDatabase>();
        var times = new Dictionary<string, List<double>>();
        void Add(string part, double value) => (times.TryGetValue(part, out var list) ? list : times[part] = []).Add(value);
        var process = Process.GetCurrentProcess();
        long bytes = 0;
        for (var i = 0; i < runs; i++)
        {
            Add("floor", await Floor.MeasureAsync(db, rows));

            var clock = Stopwatch.StartNew();
            var data = await observations.GetAllAsync();
            Add("read", clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            var (cpu, allocated) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var names = (await scopes.GetAllAsync()).ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
            var allActions = await actions.GetAllAsync();
            var rated = rater.Rate(asOf, data, allActions, names, CancellationToken.None);
            Add("rate", clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            Add("rate cpu", (process.TotalProcessorTime - cpu).TotalMilliseconds);
            Add("rate alloc", (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6);
            // Collections during the rating (a gen-1 collection counts as gen-0 too, as the runtime counts them).
            Add("gen0", GC.CollectionCount(0) - gen0);
            Add("gen1", GC.CollectionCount(1) - gen1);
            Add("gen2", GC.CollectionCount(2) - gen2);

            clock.Restart();
            var reading = observations.GetAllAsync();
            var rating = Task.Run(() => rater.Rate(asOf, data, allActions, names, CancellationToken.None));
            await Task.WhenAll(reading, rating);
            Add("read and rate", clock.Elapsed.TotalMilliseconds);

            clock.Restart();
            bytes = rated.Sum(r => (long)AssessmentJson.Write(r).Length);
            var json = clock.Elapsed.TotalMilliseconds;
            Add("json", json);

            clock.Restart();
            await history.StoreAsync(new Evaluation(null, asOf, DateTimeOffset.UtcNow, "parts", true, rated), CancellationToken.None);
            Add("write", clock.Elapsed.TotalMilliseconds - json);
        }

        double M(string part) => times[part].Order().ElementAt(times[part].Count / 2);
        var withoutRating = M("read") + M("json") + M("write");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {M("floor"):N0} ms | {M("read"):N0} ms | {M("rate"):N0} ms (processor {M("rate cpu"):N0} ms, {M("rate alloc"):N0} MB allocated; collections gen0/1/2 {M("gen0"):N0}/{M("gen1"):N0}/{M("gen2"):N0}) | {M("read") + M("rate"):N0} ms one after the other, {M("read and rate"):N0} ms side by side | {M("json"):N0} ms ({bytes / 1e6:N1} MB of UTF-8) | {M("write"):N0} ms | {withoutRating:N0} ms = {withoutRating / M("floor"):N2}× the floor |"));
    }
}
