using System.Diagnostics;
using System.Globalization;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The rating alone, in memory, at the store benchmark's size (1,000 scopes of <see cref="SyntheticData"/>): medians
/// and minimums of wall time, the processor time of all threads, and the bytes allocated, over <c>rounds</c> ratings
/// after two warm-ups. Short enough to run two builds or two settings alternately on a busy machine, where processor
/// time is the steadier figure. With <c>hand-written</c>, the same for <see cref="HandWrittenRater"/> (the rating without
/// NRules, one thread). Run: dotnet run -c Release --project bench/RiskEngine.Benchmarks -- rate [rounds] [hand-written]
/// </summary>
internal static class RateOnly
{
    public static void Run(int rounds, bool handWritten)
    {
        var rules = RuleSetLoader.LoadAsync(RulesDirectory.Find()).GetAwaiter().GetResult();
        var data = new SyntheticData(rules, 1000);
        var facts = new FactBuilder(new FactOptions(90, 0.10));
        // Only the rating measured is built: the hand-written one compiles delegates of its own.
        var rate = handWritten ? HandWritten(new HandWrittenRater(rules, facts), data) : Engine(new RiskRater(rules, facts), data);
        var (wall, cpu, allocated) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < rounds + 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var (cpu0, allocated0) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(rate());
            var elapsed = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            if (i < 2) continue;
            wall.Add(elapsed);
            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated0) / 1e6);
        }

        static double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rate{(handWritten ? " hand-written" : "")}, 1,000 scopes, {rounds} rounds ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC): wall median {Median(wall):N0} ms (least {wall.Min():N0}), processor median {Median(cpu):N0} ms (least {cpu.Min():N0}), {Median(allocated):N0} MB allocated"));
    }

    private static Func<object> Engine(RiskRater rater, SyntheticData data) =>
        () => rater.Rate(SyntheticData.AsOf, data.Observations, data.Actions, data.ScopeNames, CancellationToken.None);

    private static Func<object> HandWritten(HandWrittenRater rater, SyntheticData data) =>
        () => rater.Rate(SyntheticData.AsOf, data.Observations, data.Actions, data.ScopeNames);
}
