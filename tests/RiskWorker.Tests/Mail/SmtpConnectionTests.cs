using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>One SMTP connection per batch, kept after a refusal, reopened after the line breaks.</summary>
public sealed class SmtpConnectionTests
{
    [Fact]
    public async Task SendPendingAsync_BatchWithARefusal_UsesOneConnection()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(RejectPattern: "gone@.*"));
        using var temp = new TempDirectory();
        using var mail = new OutboxHarness(temp.File("r.db"), server.Environment);
        foreach (var to in new[] { "a@example.org", "gone@example.org", "b@example.org", "c@example.org" })
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/" + to, to), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((3, 1, 0), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal(1, server.Sessions);
    }

    [Fact]
    public async Task SendPendingAsync_ServerCutsTheLineMidBatch_ReconnectsAndDeliversEveryMessageOnce()
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DropFirst: new Dictionary<string, int> { ["b@example.org"] = 1 }));
        using var temp = new TempDirectory();
        using var mail = new OutboxHarness(temp.File("r.db"), server.Environment);
        foreach (var to in new[] { "a@example.org", "b@example.org", "c@example.org" })
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/" + to, to), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((3, 0, 0), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal(["250 a@example.org", "drop b@example.org", "250 b@example.org", "250 c@example.org"], server.Journal);
        Assert.Equal(2, server.Sessions);
        Assert.Equal(["a@example.org", "b@example.org", "c@example.org"], server.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(2, (await mail.EntryAsync("d/b@example.org")).Attempts);
    }
}
