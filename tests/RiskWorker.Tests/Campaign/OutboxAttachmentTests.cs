using Dapper;
using MimeKit;
using RiskWorker.Mail;
using RiskWorker.Tests.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Campaign;

/// <summary>The outbox's attachments (schema 003): stored with the row, sent as multipart/mixed, never twice.</summary>
public sealed class OutboxAttachmentTests
{
    // Every byte value, so a text-mode or charset conversion anywhere on the way would show.
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 256).Select(b => (byte)b), .. "%PDF-1.4 ө"u8.ToArray()];

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SendPendingAsync_MessageWithAttachment_ArrivesWithTheStoredBytesOnce(TestStore store)
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using var mail = new OutboxHarness(database.Setting, server.Environment);
        var message = TestMail.Digest("campaign:2026-12-23:t7:aigul@example.org", "aigul@example.org") with
        {
            Attachments = [new OutboxAttachment("council-pack-2026-12-16-ky.pdf", "application/pdf", Bytes)],
        };

        Assert.True(await mail.Outbox.EnqueueAsync(message, CancellationToken.None));
        Assert.False(await mail.Outbox.EnqueueAsync(message with { Attachments = [new OutboxAttachment("other.pdf", "application/pdf", [1])] }, CancellationToken.None));
        await mail.Outbox.SendPendingAsync(CancellationToken.None);
        await mail.Outbox.SendPendingAsync(CancellationToken.None);

        var received = Assert.Single(server.Messages());
        var mixed = Assert.IsType<Multipart>(received.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Contains(TestMail.KyrgyzText, received.TextBody, StringComparison.Ordinal);
        var pdf = Assert.IsType<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal(("application/pdf", "council-pack-2026-12-16-ky.pdf", ContentEncoding.Base64), (pdf.ContentType.MimeType, pdf.FileName, pdf.ContentTransferEncoding));
        using var decoded = new MemoryStream();
        await pdf.Content!.DecodeToAsync(decoded);
        Assert.Equal(Bytes, decoded.ToArray());
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Attachments_Stored_AreKeptWithTheRowAndNeverDeleted(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using (var mail = new OutboxHarness(database.Setting, new Dictionary<string, string> { ["Smtp__PickupDirectory"] = temp.File("pickup") }))
        {
            await mail.Outbox.EnqueueAsync(TestMail.Digest("k/1", "a@example.org") with { Attachments = [new("a.pdf", "application/pdf", Bytes), new("b.html", "text/html; charset=utf-8", [60, 98, 62])] }, CancellationToken.None);
            await mail.Outbox.EnqueueAsync(TestMail.Digest("k/2", "b@example.org"), CancellationToken.None);
            await mail.Outbox.SendPendingAsync(CancellationToken.None);
        }

        await using var db = database.Connect();
        var rows = (await db.QueryAsync<(string Key, long Position, string FileName, byte[] Content)>(
            "SELECT o.key, CAST(a.position AS bigint), a.file_name, f.content FROM outbox_attachments a JOIN outbox o ON o.id = a.outbox_id JOIN outbox_files f ON f.sha256 = a.sha256 ORDER BY a.position")).ToList();
        Assert.Equal([("k/1", 0L, "a.pdf"), ("k/1", 1L, "b.html")], rows.Select(r => (r.Key, r.Position, r.FileName)));
        Assert.Equal(Bytes, rows[0].Content);
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteAsync("DELETE FROM outbox_attachments"));
        Assert.Contains("never deleted", refused.Message, StringComparison.Ordinal);
        var eml = MimeMessage.Load(Directory.GetFiles(temp.File("pickup"), "k_1-*.eml").Single());
        Assert.Equal(["a.pdf", "b.html"], eml.Attachments.Select(a => a.ContentDisposition!.FileName));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EnqueueAsync_SamePackToManyPeople_StoresTheBytesOnceAndSendsThemToEach(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using (var mail = new OutboxHarness(database.Setting, new Dictionary<string, string> { ["Smtp__PickupDirectory"] = temp.File("pickup") }))
        {
            foreach (var who in new[] { "a", "b", "c" })
            {
                await mail.Outbox.EnqueueAsync(TestMail.Digest($"k/{who}", $"{who}@example.org") with { Attachments = [new("pack.pdf", "application/pdf", Bytes)] }, CancellationToken.None);
            }

            await mail.Outbox.SendPendingAsync(CancellationToken.None);
        }

        await using var db = database.Connect();
        Assert.Equal((1L, 3L), (await db.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox_files"), await db.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox_attachments")));
        foreach (var file in Directory.GetFiles(temp.File("pickup"), "*.eml"))
        {
            var pdf = Assert.IsType<MimePart>(Assert.Single(MimeMessage.Load(file).Attachments));
            using var decoded = new MemoryStream();
            await pdf.Content!.DecodeToAsync(decoded);
            Assert.Equal(Bytes, decoded.ToArray());
        }

        Assert.Equal(3, Directory.GetFiles(temp.File("pickup"), "*.eml").Length);
    }
}
