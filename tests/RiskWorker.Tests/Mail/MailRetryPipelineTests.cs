using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Polly;
using RiskWorker.Mail;

namespace RiskWorker.Tests.Mail;

/// <summary>Retry delays double from the configured base, each within ±20 %, so a later wait is never shorter than an earlier one.</summary>
public sealed class MailRetryPipelineTests
{
    [Theory]
    [InlineData(0, 0.0, 1.6)]
    [InlineData(0, 0.5, 2.0)]
    [InlineData(0, 1.0, 2.4)]
    [InlineData(1, 0.0, 3.2)]
    [InlineData(1, 1.0, 4.8)]
    [InlineData(2, 0.5, 8.0)]
    public void Delay_AttemptAndJitter_BaseTimesTwoToTheNWithinTwentyPercent(int attempt, double unit, double seconds) =>
        Assert.Equal(seconds, MailRetryPipeline.Delay(TimeSpan.FromSeconds(2), attempt, unit).TotalSeconds, 6);

    [Fact]
    public async Task Build_ThreeTransientFailures_WaitsTwiceAsLongEachTime()
    {
        var clock = new FakeTimeProvider();
        var units = new Queue<double>([1.0, 0.0, 0.0]); // the worst case for ordering: the longest first wait, the shortest second
        var pipeline = MailRetryPipeline.Build(new SmtpOptions { RetryAttempts = 3, RetryDelaySeconds = 2 }, clock, NullLogger.Instance, units.Dequeue);
        var started = new List<DateTimeOffset>();

        var run = pipeline.ExecuteAsync(_ =>
        {
            started.Add(clock.GetUtcNow());
            return started.Count < 4 ? throw new TimeoutException() : ValueTask.CompletedTask;
        }).AsTask();
        while (!run.IsCompleted)
        {
            await Task.Yield();
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        await run;
        var waits = started.Zip(started.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.Equal(3, waits.Count);
        Assert.Equal([2.4, 3.2, 6.4], waits.Select(w => Math.Round(w, 1)));
    }
}
