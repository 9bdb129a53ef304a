using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>One SMTP connection per batch, kept after a refusal, reopened after the line breaks.</summary>
public sealed class SmtpConnectionTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_BatchWithARefusal_UsesOneConnection(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(RejectPattern: "gone@.*"));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        foreach (var to in new[] { "a@example.org", "gone@example.org", "b@example.org", "c@example.org" })
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/" + to, to), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((3, 1, 0), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal(1, server.Sessions);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_ServerCutsTheLineMidBatch_ReconnectsAndDeliversEveryMessageOnce(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DropFirst: new Dictionary<string, int> { ["b@example.org"] = 1 }));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        foreach (var to in new[] { "a@example.org", "b@example.org", "c@example.org" })
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/" + to, to), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((3, 0, 0), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal(["250 a@example.org", "drop b@example.org", "250 b@example.org", "250 c@example.org"], server.Journal);
        Assert.Equal(2, server.Sessions);
        Assert.Equal(["a@example.org", "b@example.org", "c@example.org"], server.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Equal(2, (await mail.EntryAsync("d/b@example.org")).Attempts);
    }

    [Theory]
    [InlineData("hang")]
    [InlineData("drop")]
    public async Task SendPendingAsync_OneRecipientBreaksTheLineEveryTime_KeepsItPendingWithItsErrorAndDeliversTheRest(string how)
    {
        var behaviour = how == "hang"
            ? new SmtpServerBehaviour(HangOn: "b@example.org")
            : new SmtpServerBehaviour(DropFirst: new Dictionary<string, int> { ["b@example.org"] = 100 });
        await using var server = await SmtpServer.StartAsync(behaviour);
        using var temp = new TempDirectory();
        // A hang is noticed only by the timeout, so it is short; a drop needs none, and a short one would fail the healthy
        // sends too on a machine busy enough to answer late.
        var timeout = how == "hang" ? "2" : "30";
        var settings = new Dictionary<string, string>(server.Environment) { ["Smtp__TimeoutSeconds"] = timeout, ["Smtp__RetryAttempts"] = "1" };
        using var mail = new OutboxHarness(temp.File("r.db"), settings);
        foreach (var to in new[] { "a@example.org", "b@example.org", "c@example.org", "d@example.org" })
            await mail.Outbox.EnqueueAsync(TestMail.Digest("d/" + to, to), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((3, 0, 1), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal(["a@example.org", "c@example.org", "d@example.org"], server.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        var blocked = await mail.EntryAsync("d/b@example.org");
        Assert.Equal((OutboxStatus.Pending, 2), (blocked.Status, blocked.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(blocked.LastError));
        Assert.Equal(2, server.Journal.Count(l => l == $"{how} b@example.org"));
        Assert.DoesNotContain(mail.Logs.Lines, l => l.Contains("unreachable", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_AMessageFailedOnEarlierRuns_NeverTriedMailGoesBeforeIt(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DropFirst: new Dictionary<string, int> { ["b@example.org"] = 100 }));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        var settings = new Dictionary<string, string>(server.Environment) { ["Smtp__RetryAttempts"] = "0" };
        using var mail = new OutboxHarness(database.Setting, settings);
        foreach (var to in new[] { "a@example.org", "b@example.org" }) await mail.Outbox.EnqueueAsync(TestMail.Digest("d/" + to, to), CancellationToken.None);
        await mail.Outbox.SendPendingAsync(CancellationToken.None);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/c@example.org", "c@example.org"), CancellationToken.None);

        await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal(["250 a@example.org", "drop b@example.org", "250 c@example.org", "drop b@example.org"], server.Journal);
    }
}
