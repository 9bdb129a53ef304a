using BenchmarkDotNet.Running;

if (args is ["--paired"])
{
    RiskEngine.Benchmarks.PairedRun.Run();
    return;
}

if (args is ["store" or "store-parts", ..])
{
    await RiskEngine.Benchmarks.StoreBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, parts: args[0] == "store-parts");
    return;
}

if (args is ["rate", ..])
{
    RiskEngine.Benchmarks.RateOnly.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 6, handWritten: args is [_, _, "hand-written"]);
    return;
}

if (args is ["import", ..])
{
    await RiskEngine.Benchmarks.ImportBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RiskEngine.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
