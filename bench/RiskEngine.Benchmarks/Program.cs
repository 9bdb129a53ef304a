using BenchmarkDotNet.Running;

if (args is ["--paired"])
{
    RiskEngine.Benchmarks.PairedRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RiskEngine.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
