using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>What the outbox does when the server cannot be reached, the settings do not fit it, or another sender is busy.</summary>
public sealed class SmtpFailureTests
{
    [Fact]
    public async Task SendPendingAsync_NothingListening_RetriesThenDefersTheWholeBatch()
    {
        using var temp = new TempDirectory();
        var settings = new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1", ["Smtp__Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None", ["Smtp__From"] = "riskengine@example.org", ["Smtp__RetryAttempts"] = "2", ["Smtp__RetryDelaySeconds"] = "0.01",
        };
        using var mail = new OutboxHarness(temp.File("r.db"), settings);
        foreach (var key in new[] { "d/1", "d/2", "d/3" }) await mail.Outbox.EnqueueAsync(TestMail.Digest(key, "x@example.org"), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((0, 0, 3), (report.Delivered, report.Failed, report.Deferred));
        var rows = await mail.Reader.ListAsync(null, CancellationToken.None);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        Assert.Equal([3, 0, 0], rows.Select(r => r.Attempts));
        Assert.StartsWith("SocketException", rows[0].LastError, StringComparison.Ordinal);
        Assert.Contains(mail.Logs.Lines, l => l.Contains("unreachable", StringComparison.Ordinal) && l.Contains("2 pending", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendPendingAsync_StartTlsAgainstAServerWithout_ThrowsConfigurationErrorAndKeepsItPending()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var settings = new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "StartTls", ["Smtp__User"] = "planning", ["Smtp__Password"] = "Sup3r-Secret-Pw!" };
        using var mail = new OutboxHarness(temp.File("r.db"), settings);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "x@example.org"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<MailConfigurationException>(() => mail.Outbox.SendPendingAsync(CancellationToken.None));

        Assert.Contains("STARTTLS", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OutboxStatus.Pending, (await mail.EntryAsync("d/1")).Status);
        Assert.Empty(server.Messages());
        Assert.DoesNotContain("Sup3r-Secret-Pw!", mail.Logs.All + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendPendingAsync_AnotherSenderHoldsTheLock_WaitsAndSendsOnceItIsReleased()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using var mail = new OutboxHarness(temp.File("r.db"), server.Environment, clock);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "x@example.org"), CancellationToken.None);
        var other = new FileStream(temp.File("r.db") + ".outbox.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var sending = mail.Outbox.SendPendingAsync(CancellationToken.None);
        for (var i = 0; i < 5; i++) { clock.Advance(TimeSpan.FromSeconds(1)); await Task.Delay(20); }
        var whileHeld = (sending.IsCompleted, server.Messages().Count);
        await other.DisposeAsync();
        for (var i = 0; i < 500 && !sending.IsCompleted; i++) { clock.Advance(TimeSpan.FromSeconds(1)); await Task.Delay(20); }

        Assert.Equal((false, 0), whileHeld);
        Assert.Equal(1, (await sending).Delivered);
        Assert.Single(server.Messages());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
