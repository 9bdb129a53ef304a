using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace RiskEngine.Benchmarks;

/// <summary>
/// One process per benchmark (each warms up on its own, none inherits another's heap or compiled code) and few
/// iterations: the machine is two cores shared with other builds, so a default run would take too long, and the
/// ratios within one run are what to read, not the absolute times. Median and minimum are shown beside the mean:
/// on a busy machine an iteration is slowed by others' work, never sped up, so they say more than the mean.
/// </summary>
public sealed class ShortConfig : ManualConfig
{
    public ShortConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(4)
            .WithIterationCount(7)
            .WithId("short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
    }
}
