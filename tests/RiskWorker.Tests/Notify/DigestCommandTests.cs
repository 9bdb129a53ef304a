using MimeKit;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

public sealed class DigestCommandTests
{
    [Fact]
    public async Task DigestPreview_AfterDemoAndEvaluate_WritesOneDigestPerDemoOwnerWithRisks()
    {
        using var temp = new TempDirectory();
        var db = await DemoProcess.EvaluatedAsync(temp, null);

        var run = await WorkerProcess.RunAsync(temp.Path, ["digest", "--preview", temp.File("preview"), .. db]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var messages = Directory.GetFiles(temp.File("preview"), "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(ShippedDemoOwners.All.Select(o => o.Email).Order(StringComparer.Ordinal), messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.StartsWith("[", m.Subject, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.TextBody)));
        var planning = messages.Single(m => m.To.Mailboxes.Single().Address == ShippedDemoOwners.FallbackEmail);
        Assert.Contains("«САДЫК» ролу эч кимге дайындалган эмес", planning.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(temp.File("preview"), "*.eml").Length, Directory.GetFiles(temp.File("preview"), "*.html").Length);
    }

    [Fact]
    public async Task DigestSend_AfterDemoAndEvaluate_DeliversOneDigestPerDemoOwnerOnceThroughRealSmtp()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var db = await DemoProcess.EvaluatedAsync(temp, server.Environment);

        var first = await WorkerProcess.RunAsync(temp.Path, server.Environment, ["digest", "--send", "--lang", "en", .. db]);
        var second = await WorkerProcess.RunAsync(temp.Path, server.Environment, ["digest", "--send", "--lang", "en", .. db]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"{ShippedDemoOwners.All.Count} composed, {ShippedDemoOwners.All.Count} queued", first.Out, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"0 queued, {ShippedDemoOwners.All.Count} already queued; sent 0", second.Out, StringComparison.Ordinal);
        var received = server.Messages();
        Assert.Equal(ShippedDemoOwners.All.Select(o => o.Email).Order(StringComparer.Ordinal), received.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        foreach (var message in received)
        {
            var owner = ShippedDemoOwners.All.Single(o => o.Email == message.To.Mailboxes.Single().Address);
            Assert.Equal(owner.Language, message.Body!.Headers[HeaderId.ContentLanguage]);
            Assert.False(string.IsNullOrWhiteSpace(message.TextBody));
            Assert.Contains("<table", message.HtmlBody, StringComparison.Ordinal);
            if (owner.Language == "ky")
            {
                Assert.StartsWith("[ИЛЛЮСТРАЦИЯ] Тобокелдиктер боюнча апталык маалымат", message.Subject, StringComparison.Ordinal);
                Assert.Contains("ИЛЛЮСТРАЦИЯЛЫК ДЕМО-МААЛЫМАТТАР", message.TextBody, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Digest_NeitherSendNorPreview_FailsWithUsage()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "digest", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("exactly one of --send or --preview", run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSend_StartTlsAgainstAServerWithout_ExitsOneWithOneLineAndNoStackTrace()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var startTls = new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "StartTls" };
        var db = await DemoProcess.EvaluatedAsync(temp, server.Environment);

        var run = await WorkerProcess.RunAsync(temp.Path, startTls, ["digest", "--send", .. db]);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("STARTTLS", line, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Smtp", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error + run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Out, StringComparison.Ordinal);
        Assert.Empty(server.Messages());
    }
}
