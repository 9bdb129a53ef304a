using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RiskEngine.Benchmarks.EvaluationBenchmarks).Assembly).Run(args);
