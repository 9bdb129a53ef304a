using MimeKit;
using RiskWorker.Demo;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

public sealed class DigestCommandTests
{
    [Fact]
    public async Task DigestPreview_AfterDemoAndEvaluate_WritesOneDigestPerDemoOwnerWithRisks()
    {
        using var temp = new TempDirectory();
        string[] db = ["--db", temp.File("r.db"), "--rules", RepoPaths.Rules];
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, ["demo", .. db])).ExitCode);
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, ["evaluate", .. db])).ExitCode);

        var run = await WorkerProcess.RunAsync(temp.Path, ["digest", "--preview", temp.File("preview"), .. db]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var messages = Directory.GetFiles(temp.File("preview"), "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(DemoOwners.All.Select(o => o.Email).Order(StringComparer.Ordinal), messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.StartsWith("[", m.Subject, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m.TextBody)));
        var planning = messages.Single(m => m.To.Mailboxes.Single().Address == DemoOwners.FallbackEmail);
        Assert.Contains("«САДЫК» ролу эч кимге дайындалган эмес", planning.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(Directory.GetFiles(temp.File("preview"), "*.eml").Length, Directory.GetFiles(temp.File("preview"), "*.html").Length);
    }

    [Fact]
    public async Task Digest_NeitherSendNorPreview_FailsWithUsage()
    {
        using var temp = new TempDirectory();

        var run = await WorkerProcess.RunAsync(temp.Path, "digest", "--db", temp.File("r.db"), "--rules", RepoPaths.Rules);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("exactly one of --send or --preview", run.Error + run.Out, StringComparison.Ordinal);
    }
}
