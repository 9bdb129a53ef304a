using Dapper;
using Microsoft.Data.Sqlite;
using MimeKit;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>A database made by an earlier worker, with the shipped scripts as they are, upgraded in place.</summary>
public sealed class OutboxUpgradeTests
{
    private static readonly byte[] Pack = "%PDF-1.4 ө pack"u8.ToArray();

    [Fact]
    public async Task SendPendingAsync_VersionThreeDatabaseWithAPendingPack_UpgradesAndSendsTheStoredBytes()
    {
        using var temp = new TempDirectory();
        await CreateVersionThreeAsync(temp.File("r.db"));

        using (var mail = new OutboxHarness(temp.File("r.db"), new Dictionary<string, string> { ["Smtp__PickupDirectory"] = temp.File("pickup") }))
        {
            await mail.Outbox.EnqueueAsync(TestMail.Digest("k/new", "b@example.org") with { Attachments = [new("pack.pdf", "application/pdf", Pack)] }, CancellationToken.None);
            await mail.Outbox.SendPendingAsync(CancellationToken.None);
        }

        var old = MimeMessage.Load(Directory.GetFiles(temp.File("pickup"), "k_old-*.eml").Single());
        var pdf = Assert.IsType<MimePart>(Assert.Single(old.Attachments));
        using var decoded = new MemoryStream();
        await pdf.Content!.DecodeToAsync(decoded);
        Assert.Equal(Pack, decoded.ToArray());
        Assert.Single(Directory.GetFiles(temp.File("pickup"), "k_new-*.eml"));
        await using var db = new SqliteConnection($"Data Source={temp.File("r.db")};Pooling=false");
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], await db.QueryAsync<long>("SELECT version FROM schema_version WHERE module = 'worker' ORDER BY version"));
        Assert.Equal(["v3:1:0", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pack))],
            await db.QueryAsync<string>("SELECT sha256 FROM outbox_files ORDER BY sha256 DESC"));
    }

    private static async Task CreateVersionThreeAsync(string path)
    {
        await using var db = new SqliteConnection($"Data Source={path};Pooling=false");
        await db.OpenAsync();
        await db.ExecuteAsync("CREATE TABLE schema_version (module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (module, version));");
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "RiskWorker", "Storage", "Schema"), "00?_*.sql").Order(StringComparer.Ordinal).Take(3).ToList();
        Assert.Equal(["001_outbox.sql", "002_owners.sql", "003_outbox_attachments.sql"], scripts.Select(Path.GetFileName));
        foreach (var (script, version) in scripts.Select((s, i) => (s, i + 1)))
        {
            await db.ExecuteAsync(await File.ReadAllTextAsync(script));
            await db.ExecuteAsync("INSERT INTO schema_version VALUES ('worker', @version, '2026-11-01T00:00:00Z')", new { version });
        }

        await db.ExecuteAsync("""
            INSERT INTO outbox (id, key, kind, to_address, to_name, language, subject, html_body, text_body, message_id, created_at)
            VALUES (1, 'k/old', 'campaign-7', 'a@example.org', 'A', 'ky', 'Pack', '<p>pack</p>', 'pack', 'old@riskengine', '2026-11-01T00:00:00Z');
            INSERT INTO outbox_attachments (outbox_id, position, file_name, content_type, content) VALUES (1, 0, 'pack.pdf', 'application/pdf', @Pack);
            """, new { Pack });
    }
}
