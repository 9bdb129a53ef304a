using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>The real RiskWorker process: <c>send-pending</c> and <c>outbox</c> against a real aiosmtpd, across restarts and a kill.</summary>
public sealed class MailProcessTests
{
    [Fact]
    public async Task SendPending_RunAgainInANewProcess_DeliversEachMessageOnce()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await EnqueueAsync(db, ("digest/a/2026-W48", "a@example.org"), ("digest/b/2026-W48", "b@example.org"));

        var first = await WorkerProcess.RunAsync(temp.Path, server.Environment, "send-pending", "--db", db, "--rules", RepoPaths.Rules);
        var second = await WorkerProcess.RunAsync(temp.Path, server.Environment, "send-pending", "--db", db, "--rules", RepoPaths.Rules);
        var list = await WorkerProcess.RunAsync(temp.Path, server.Environment, "outbox", "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal($"2 delivered, 0 failed, 0 deferred → smtp://127.0.0.1:{server.Port}", first.Out.Trim());
        Assert.Contains("Mail run: 2 delivered", first.Error, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith("0 delivered, 0 failed, 0 deferred", second.Out, StringComparison.Ordinal);
        Assert.Equal(["a@example.org", "b@example.org"], server.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        var delivered = list.Out.Split('\n').Where(l => l.Contains("delivered", StringComparison.Ordinal) && l.StartsWith("digest/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, delivered.Count);
        Assert.Contains("LAST ANSWER", list.Out, StringComparison.Ordinal);
        // The server's acceptance is the last answer of a delivered message.
        Assert.All(delivered, l => Assert.Matches(@"delivered\s+1\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+\S", l));
    }

    [Fact]
    public async Task SendPending_KilledWhileTheServerStalls_LosesNothingAndSendsNothingTwice()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await EnqueueAsync(db, ("d/a", "a@example.org"), ("d/b", "b@example.org"), ("d/c", "c@example.org"));
        await using (var stalling = await SmtpServer.StartAsync(new SmtpServerBehaviour(HangOn: "b@example.org")))
        {
            await using var worker = RunningWorker.Start(temp.Path, stalling.Environment, "send-pending", "--db", db, "--rules", RepoPaths.Rules);
            for (var i = 0; i < 600 && !stalling.Journal.Contains("hang b@example.org"); i++) await Task.Delay(100);
            Assert.Contains("hang b@example.org", stalling.Journal);
            await worker.KillAsync();
            Assert.Equal(["a@example.org"], stalling.Messages().Select(m => m.To.Mailboxes.Single().Address));
        }

        var afterKill = await StatusesAsync(db);
        await using var server = await SmtpServer.StartAsync();
        var rerun = await WorkerProcess.RunAsync(temp.Path, server.Environment, "send-pending", "--db", db, "--rules", RepoPaths.Rules);

        Assert.Equal([OutboxStatus.Delivered, OutboxStatus.Pending, OutboxStatus.Pending], afterKill);
        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.StartsWith("2 delivered", rerun.Out, StringComparison.Ordinal);
        Assert.Equal(["b@example.org", "c@example.org"], server.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.All(await StatusesAsync(db), s => Assert.Equal(OutboxStatus.Delivered, s));
    }

    [Fact]
    public async Task Outbox_FailedFlag_ListsOnlyTheRefusedMessageWithTheServersAnswer()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(RejectPattern: "gone@.*"));
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await EnqueueAsync(db, ("d/kept", "kept@example.org"), ("d/gone", "gone@example.org"));
        var send = await WorkerProcess.RunAsync(temp.Path, server.Environment, "send-pending", "--db", db, "--rules", RepoPaths.Rules);

        var failed = await WorkerProcess.RunAsync(temp.Path, server.Environment, "outbox", "--failed", "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(send.ExitCode == 0, send.ToString());
        Assert.StartsWith("1 delivered, 1 failed, 0 deferred", send.Out, StringComparison.Ordinal);
        Assert.True(failed.ExitCode == 0, failed.ToString());
        var row = Assert.Single(failed.Out.Split('\n'), l => l.StartsWith("d/", StringComparison.Ordinal));
        Assert.Matches(@"^d/gone\s+digest\s+gone@example\.org\s+failed\s+1\s+550 5\.1\.1 <gone@example\.org>: Recipient address rejected", row);
        Assert.Contains("1 message(s)", failed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendPending_StartTlsAgainstAServerWithout_ExitsOneWithOneLineAndKeepsTheMailPending()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await EnqueueAsync(db, ("d/a", "a@example.org"));

        var run = await WorkerProcess.RunAsync(temp.Path, new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "StartTls" },
            "send-pending", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.Error.Split('\n'), l => l.StartsWith("Mail settings do not work with smtp://", StringComparison.Ordinal) && l.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Unhandled", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("..", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Equal([OutboxStatus.Pending], await StatusesAsync(db));
    }

    [Fact]
    public async Task SendPending_SslOnConnectAgainstAPlainServer_OneLineNamingTheSettingsAndStoredSo()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        await EnqueueAsync(db, ("d/a", "a@example.org"));

        var run = await WorkerProcess.RunAsync(temp.Path, new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "SslOnConnect" },
            "send-pending", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("Mail settings do not work with smtp://", StringComparison.Ordinal) && l.Contains("TLS handshake failed: check Smtp:Security and Smtp:Port", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("..", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SslHandshakeException", run.Out + run.Error, StringComparison.Ordinal);
        using var mail = new OutboxHarness(db, new Dictionary<string, string>());
        var entry = Assert.Single(await mail.Reader.ListAsync(null, CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal((OutboxStatus.Pending, "TLS handshake failed: check Smtp:Security and Smtp:Port"), (entry.Status, entry.LastError));
    }

    private static async Task EnqueueAsync(string db, params (string Key, string To)[] messages)
    {
        using var mail = new OutboxHarness(db, new Dictionary<string, string> { ["Smtp__From"] = "riskengine@oshtu.example.org" });
        foreach (var (key, to) in messages) Assert.True(await mail.Outbox.EnqueueAsync(TestMail.Digest(key, to), CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task<IReadOnlyList<OutboxStatus>> StatusesAsync(string db)
    {
        using var mail = new OutboxHarness(db, new Dictionary<string, string>());
        var statuses = (await mail.Reader.ListAsync(null, CancellationToken.None)).Select(e => e.Status).ToList();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return statuses;
    }
}
