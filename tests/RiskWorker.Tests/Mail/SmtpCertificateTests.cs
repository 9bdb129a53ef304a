using RiskWorker.Mail;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Mail;

/// <summary>
/// STARTTLS to a relay whose certificate the university's own authority issued: refused with the certificate named
/// unless Smtp:TrustedCaFile (or Smtp:PinnedCertificateFile) says to trust it. A real TLS server, the real process.
/// </summary>
public sealed class SmtpCertificateTests
{
    [Fact]
    public async Task SendPending_PrivateAuthorityNotTrusted_OneLineNamingTheCertificateAndMailStaysPending()
    {
        using var certificates = new TestCertificates();
        await using var server = await SmtpServer.StartAsync(tls: certificates);
        using var temp = new TempDirectory();
        var db = await EnqueueAsync(temp);

        var run = await SendPendingAsync(server, temp, db, []);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("Mail settings do not work with smtp://", StringComparison.Ordinal));
        Assert.Contains($"the server's certificate was refused (subject {TestCertificates.ServerName}, issuer {TestCertificates.AuthorityName})", line, StringComparison.Ordinal);
        // The relay sends only its own certificate: the chain stops at an issuer no trusted store holds.
        Assert.Contains("PartialChain", line, StringComparison.Ordinal);
        Assert.Contains("Smtp:TrustedCaFile", line, StringComparison.Ordinal);
        Assert.DoesNotContain("check Smtp:Security and Smtp:Port", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages());
        Assert.Equal(OutboxStatus.Pending, (await EntryAsync(db)).Status);
    }

    [Fact]
    public async Task SendPending_PrivateAuthorityNotTrustedInRussian_RefusalInRussianStoredAnswerInEnglish()
    {
        using var certificates = new TestCertificates();
        await using var server = await SmtpServer.StartAsync(tls: certificates);
        using var temp = new TempDirectory();
        var db = await EnqueueAsync(temp);

        var run = await SendPendingAsync(server, temp, db, [], "ru");

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Error.Split('\n'), l => l.StartsWith("Настройки почты не работают с smtp://", StringComparison.Ordinal));
        Assert.Contains($"сертификат сервера отклонён (субъект {TestCertificates.ServerName}, издатель {TestCertificates.AuthorityName})", line, StringComparison.Ordinal);
        Assert.Contains("если его выпустила ваша организация, укажите в Smtp:TrustedCaFile", line, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", line, StringComparison.Ordinal);
        // The outbox keeps the operators' English, whoever ran the verb.
        Assert.StartsWith("the server's certificate was refused", (await EntryAsync(db)).LastError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smtp__TrustedCaFile")]
    [InlineData("Smtp__PinnedCertificateFile")]
    public async Task SendPending_AuthorityOrCertificateTrustedBySetting_DeliversOverTls(string setting)
    {
        using var certificates = new TestCertificates();
        await using var server = await SmtpServer.StartAsync(tls: certificates);
        using var temp = new TempDirectory();
        var db = await EnqueueAsync(temp);
        var file = setting == "Smtp__TrustedCaFile" ? certificates.AuthorityFile : certificates.ServerCertificateFile;

        var run = await SendPendingAsync(server, temp, db, new() { [setting] = file });

        Assert.True(run.ExitCode == 0, run.ToString());
        var message = Assert.Single(server.Messages());
        Assert.Equal("a@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal(OutboxStatus.Delivered, (await EntryAsync(db)).Status);
    }

    [Fact]
    public async Task SendPending_AnotherAuthorityTrusted_RefusedNamingTheCertificate()
    {
        using var certificates = new TestCertificates();
        using var other = new TestCertificates();
        await using var server = await SmtpServer.StartAsync(tls: certificates);
        using var temp = new TempDirectory();
        var db = await EnqueueAsync(temp);

        var run = await SendPendingAsync(server, temp, db, new() { ["Smtp__TrustedCaFile"] = other.AuthorityFile });

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(run.Error.Split('\n'), l => l.Contains($"subject {TestCertificates.ServerName}", StringComparison.Ordinal)
            && l.Contains("also with the authorities of Smtp:TrustedCaFile", StringComparison.Ordinal));
        Assert.Empty(server.Messages());
    }

    private static Task<WorkerResult> SendPendingAsync(SmtpServer server, TempDirectory temp, string db, Dictionary<string, string> settings, string language = "en")
    {
        var environment = new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "StartTls", ["Smtp__RetryAttempts"] = "0" };
        foreach (var (key, value) in settings) environment[key] = value;
        return WorkerProcess.RunAsync(temp.Path, environment, "send-pending", "--lang", language, "--db", db, "--rules", RepoPaths.Rules);
    }

    private static async Task<string> EnqueueAsync(TempDirectory temp)
    {
        var db = temp.File("r.db");
        using (var mail = new OutboxHarness(db, new Dictionary<string, string> { ["Smtp__From"] = "riskengine@oshtu.example.org" }))
            Assert.True(await mail.Outbox.EnqueueAsync(TestMail.Digest("d/a", "a@example.org"), CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return db;
    }

    private static async Task<OutboxEntry> EntryAsync(string db)
    {
        using var mail = new OutboxHarness(db, new Dictionary<string, string>());
        var entry = Assert.Single(await mail.Reader.ListAsync(null, CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return entry;
    }
}
