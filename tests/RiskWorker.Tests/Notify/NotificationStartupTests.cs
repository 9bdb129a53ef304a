using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RiskWorker.Hosting;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>The worker refuses to start without a usable <c>Notifications</c> section, rather than failing at the first 06:00 run.</summary>
public sealed class NotificationStartupTests
{
    [Fact]
    public async Task Run_FallbackEmailEmpty_RefusesToStartNamingTheSetting()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string> { ["Notifications__FallbackEmail"] = "" };

        var run = await WorkerProcess.RunAsync(temp.Path, environment, "run", "--lang", "en", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Configuration error: Notifications:FallbackEmail is required", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_FallbackEmailNotAnAddress_ThrowsNamingTheSetting()
    {
        using var temp = new TempDirectory();
        using var host = WorkerHost.Build(new WorkerHostSettings(temp.File("r.db"), RepoPaths.Rules)
        {
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)),
            Configuration = new Dictionary<string, string?> { ["Notifications:FallbackEmail"] = "planning office" },
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Notifications:FallbackEmail 'planning office' is not an email address.", error.Failures);
    }
}
