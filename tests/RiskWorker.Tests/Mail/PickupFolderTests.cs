using MimeKit;
using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>Without <c>Smtp:Host</c>: <c>.eml</c> files in the pickup folder, with the outbox's exactly-once semantics.</summary>
public sealed class PickupFolderTests
{
    [Fact]
    public async Task SendPending_NoHost_WritesParseableEmlFilesIntoTheDefaultFolderAndTheSecondRunWritesNothing()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        using (var mail = new OutboxHarness(db, new Dictionary<string, string>()))
        {
            await mail.Outbox.EnqueueAsync(TestMail.Digest("digest/aigul@example.org/2026-W48", "aigul@example.org"), CancellationToken.None);
            await mail.Outbox.EnqueueAsync(TestMail.Digest("alert/1.1/high", "rector@example.org", "Ректор"), CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var folder = Path.Combine(temp.Path, "data", "mail-outbox");

        var first = await WorkerProcess.RunAsync(temp.Path, "send-pending", "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);
        var written = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);
        var second = await WorkerProcess.RunAsync(temp.Path, "send-pending", "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal($"2 delivered, 0 failed, 0 deferred → {folder}", first.Out.Trim());
        Assert.Contains(folder, first.Error, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(folder, "alert_1.1_high-" + Hash8("alert/1.1/high") + ".eml"), Path.Combine(folder, "digest_aigul_example.org_2026-W48-" + Hash8("digest/aigul@example.org/2026-W48") + ".eml")],
            written.Keys);
        var message = MimeMessage.Load(written.Keys.Last());
        Assert.Equal(OutboxIdentity.MessageId("digest/aigul@example.org/2026-W48", null), message.MessageId);
        Assert.Equal(TestMail.KyrgyzSubject, message.Subject);
        Assert.Equal("aigul@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal(["text/plain", "text/html"], Assert.IsType<MultipartAlternative>(message.Body).Select(p => p.ContentType.MimeType));
        Assert.Contains(TestMail.KyrgyzText, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(TestMail.KyrgyzText, message.HtmlBody, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.StartsWith("0 delivered", second.Out, StringComparison.Ordinal);
        Assert.Equal(written.Keys, Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        Assert.All(written, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public async Task SendPendingAsync_ConfiguredFolder_MarksDeliveredWithTheFileAsReceipt()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("pickup");
        using var mail = new OutboxHarness(temp.File("r.db"), new Dictionary<string, string> { ["Smtp__PickupDirectory"] = folder });
        await mail.Outbox.EnqueueAsync(TestMail.Digest("d/1", "a@example.org"), CancellationToken.None);

        var report = await mail.Outbox.SendPendingAsync(CancellationToken.None);

        Assert.Equal(new SendReport(1, 0, 0, folder), report);
        var entry = await mail.EntryAsync("d/1");
        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal((OutboxStatus.Delivered, "written " + file), (entry.Status, entry.Receipt));
    }

    private static string Hash8(string key) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..8];
}
