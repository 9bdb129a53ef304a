using Microsoft.Extensions.Time.Testing;
using MimeKit;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>The outbox against a real aiosmtpd: what arrives, parsed with MimeKit, and what the outbox recorded.</summary>
public sealed class SmtpDeliveryTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_RealServer_DeliversKyrgyzMultipartWithTheStoredMessageId(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        Assert.True(await mail.Outbox.EnqueueAsync(TestMail.Digest("digest/aigul/2026-W48", "aigul@example.org"), CancellationToken.None));

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal(new SendReport(1, 0, 0, $"smtp://127.0.0.1:{server.Port}"), report);
        var message = Assert.Single(server.Messages());
        var to = Assert.Single(message.To.Mailboxes);
        Assert.Equal(("aigul@example.org", "Айгүл Токтосунова"), (to.Address, to.Name));
        Assert.Equal("aigul@example.org", message.Headers["X-RcptTo"]);
        Assert.Equal("riskengine@oshtu.example.org", message.From.Mailboxes.Single().Address);
        Assert.Equal(TestMail.KyrgyzSubject, message.Subject);
        Assert.Equal("ky", message.Body!.Headers[HeaderId.ContentLanguage]);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains(TestMail.KyrgyzText, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<p>{TestMail.KyrgyzText}</p>", message.HtmlBody, StringComparison.Ordinal);
        var entry = await mail.EntryAsync("digest/aigul/2026-W48");
        Assert.Equal(OutboxIdentity.MessageId("digest/aigul/2026-W48", "riskengine@oshtu.example.org"), entry.MessageId);
        Assert.Equal(entry.MessageId, message.MessageId);
        Assert.Equal((OutboxStatus.Delivered, 1, "OK"), (entry.Status, entry.Attempts, entry.Receipt));
        Assert.NotNull(entry.DeliveredAt);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_SecondRun_DeliversNothingNew(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "one@example.org"), CancellationToken.None);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/2", "two@example.org"), CancellationToken.None);
        Assert.Equal(2, (await mail.Outbox.SendPendingAsync(CancellationToken.None)).Delivered);

        var enqueuedAgain = await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "one@example.org"), CancellationToken.None);
        var second = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.False(enqueuedAgain);
        Assert.Equal((0, 0, 0), (second.Delivered, second.Failed, second.Deferred));
        Assert.Equal(2, server.Messages().Count);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_ServerDefersTwiceThenAccepts_RetriesAndDeliversOnce(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DeferFirst: new Dictionary<string, int> { ["grey@example.org"] = 2 }));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/grey", "grey@example.org"), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((1, 0, 0), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal(["451 grey@example.org", "451 grey@example.org", "250 grey@example.org"], server.Journal);
        Assert.Single(server.Messages());
        var entry = await mail.EntryAsync("d/grey");
        Assert.Equal((OutboxStatus.Delivered, 3, null), (entry.Status, entry.Attempts, entry.LastError));
        Assert.Equal(2, mail.Logs.Lines.Count(l => l.Contains("retrying", StringComparison.Ordinal) && l.Contains("451", StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_ServerDefersBeyondTheRetries_LeavesItPendingForTheNextRun(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(DeferFirst: new Dictionary<string, int> { ["grey@example.org"] = 3 }));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        var settings = new Dictionary<string, string>(server.Environment) { ["Smtp__RetryAttempts"] = "1" };
        using var mail = new OutboxHarness(database.Setting, settings);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/grey", "grey@example.org"), CancellationToken.None);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/other", "other@example.org"), CancellationToken.None);

        var first = await mail.Outbox.SendPendingAsync(CancellationToken.None);
        var deferred = await mail.EntryAsync("d/grey");
        var second = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((1, 0, 1), (first.Delivered, first.Failed, first.Deferred));
        Assert.Equal((OutboxStatus.Pending, 2), (deferred.Status, deferred.Attempts));
        Assert.StartsWith("451 ", deferred.LastError, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0), (second.Delivered, second.Failed, second.Deferred));
        Assert.Equal((OutboxStatus.Delivered, 4), ((await mail.EntryAsync("d/grey")).Status, (await mail.EntryAsync("d/grey")).Attempts));
        var messages = server.Messages();
        Assert.Equal(2, messages.Count);
        Assert.Equal(deferred.MessageId, Assert.Single(messages, m => m.To.Mailboxes.Single().Address == "grey@example.org").MessageId);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_CrashBetweenAcceptAndMark_ResendsWithTheSameMessageId(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "a@example.org"), CancellationToken.None);
        await mail.Outbox.SendPendingAsync(CancellationToken.None);
        // SMTP's one window: the server said 250 but the process died before the row was marked.
        await using (var c = database.Connect())
            await Dapper.SqlMapper.ExecuteAsync(c, "UPDATE outbox SET status = 'pending', delivered_at = NULL, receipt = NULL");

        await mail.Outbox.SendPendingAsync(CancellationToken.None);

        var messages = server.Messages();
        Assert.Equal(2, messages.Count);
        Assert.Equal(messages[0].MessageId, messages[1].MessageId);
        Assert.Equal((await mail.EntryAsync("d/1")).MessageId, messages[0].MessageId);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_Recipient550_RecordsFailedWithTheServersAnswerAndDeliversTheOthers(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync(new SmtpServerBehaviour(RejectPattern: "gone@.*"));
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        foreach (var (key, to) in new[] { ("d/a", "a@example.org"), ("d/gone", "gone@example.org"), ("d/c", "c@example.org") })
            await mail.Outbox.EnqueueAsync(TestMail.Digest(key, to), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);
        var again = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal((2, 1, 0), (report.Delivered, report.Failed, report.Deferred));
        Assert.Equal((0, 0, 0), (again.Delivered, again.Failed, again.Deferred));
        Assert.Equal(["a@example.org", "c@example.org"], server.Messages().Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Single(server.Journal, l => l.StartsWith("550", StringComparison.Ordinal));
        var failed = Assert.Single(await mail.Reader.ListAsync(OutboxStatus.Failed, CancellationToken.None));
        Assert.Equal(("d/gone", 1), (failed.Key, failed.Attempts));
        Assert.Equal("550 5.1.1 <gone@example.org>: Recipient address rejected: mailbox unavailable", failed.LastError);
        Assert.Contains(mail.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("d/gone", StringComparison.Ordinal) && l.Contains("550", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_RealServer_DateHeaderIsTheEnqueueTimeInBishkek(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        using var mail = new OutboxHarness(database.Setting, server.Environment, clock);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "a@example.org"), CancellationToken.None);

        await mail.Outbox.SendPendingAsync(CancellationToken.None);

        var message = Assert.Single(server.Messages());
        Assert.Equal("Mon, 23 Nov 2026 08:00:00 +0600", message.Headers[HeaderId.Date]);
        Assert.Equal(TimeSpan.FromHours(6), message.Date.Offset);
    }
}
