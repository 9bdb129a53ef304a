using System.Diagnostics;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The same comparison as <see cref="EvaluationBenchmarks"/>, measured so that a busy machine cannot tilt it: engine and
/// hand-written runs interleaved (engine, baseline, baseline, engine, …) so both meet the same load, timed in wall
/// time and in process CPU time (which does not count the time others hold the cores), the median of the per-pair
/// ratios reported. Run: dotnet run -c Release --project bench/RiskEngine.Benchmarks -- --paired
/// </summary>
internal static class PairedRun
{
    private static readonly FactBuilder Facts = new(new FactOptions(90, 0.10));

    public static void Run()
    {
        var rules = RuleSetLoader.LoadAsync(RulesDirectory.Find()).GetAwaiter().GetResult();
        var loads = Enumerable.Range(0, 7).Select(_ => Measure(() => RuleSetLoader.LoadAsync(RulesDirectory.Find()).GetAwaiter().GetResult())).ToList();
        Console.WriteLine($"load: median wall {Median(loads.Select(l => l.Wall)):F0} ms, median CPU {Median(loads.Select(l => l.Cpu)):F0} ms");
        foreach (var (scopes, pairs) in new[] { (10, 20), (100, 10), (1000, 5) })
        {
            var data = new SyntheticData(rules, scopes);
            var engine = new RiskRater(rules, Facts);
            var handWritten = new HandWrittenRater(rules, Facts);
            Func<object> e = () => engine.Rate(SyntheticData.AsOf, data.Observations, data.Actions, data.ScopeNames, CancellationToken.None);
            Func<object> h = () => handWritten.Rate(SyntheticData.AsOf, data.Observations, data.Actions, data.ScopeNames);
            for (var i = 0; i < 2; i++) { e(); h(); }
            var results = new List<((double Wall, double Cpu) Engine, (double Wall, double Cpu) HandWritten)>();
            for (var i = 0; i < pairs; i++)
            {
                if (i % 2 == 0) { var a = Measure(e); var b = Measure(h); results.Add((a, b)); }
                else { var b = Measure(h); var a = Measure(e); results.Add((a, b)); }
            }

            Console.WriteLine($"{scopes} scopes, {pairs} pairs: engine median wall {Median(results.Select(r => r.Engine.Wall)):F1} ms / CPU {Median(results.Select(r => r.Engine.Cpu)):F1} ms; " +
                $"hand-written wall {Median(results.Select(r => r.HandWritten.Wall)):F1} ms / CPU {Median(results.Select(r => r.HandWritten.Cpu)):F1} ms; " +
                $"ratio (median of pairs) wall {Median(results.Select(r => r.Engine.Wall / r.HandWritten.Wall)):F2}× / CPU {Median(results.Select(r => r.Engine.Cpu / r.HandWritten.Cpu)):F2}×");
        }
    }

    private static (double Wall, double Cpu) Measure(Func<object> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        GC.KeepAlive(run());
        return (wall.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
