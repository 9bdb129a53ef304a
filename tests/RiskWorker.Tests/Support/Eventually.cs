namespace RiskWorker.Tests.Support;

/// <summary>Waits (bounded) for work on other threads, such as Quartz jobs; it never measures time.</summary>
internal static class Eventually
{
    public static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300 && !await condition(); i++) await Task.Delay(100);
        Assert.True(await condition(), "the condition was not met within 30 s");
    }
}
