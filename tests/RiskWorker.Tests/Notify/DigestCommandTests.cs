using AngleSharp.Html.Parser;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RiskEngine;
using RiskWorker.Notifications.Templates;
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
    public async Task DigestSend_AfterDemoAndEvaluate_DeliversOneDigestPerDemoOwnerOnceThroughRealSmtp()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        string[] db = ["--db", temp.File("r.db"), "--rules", RepoPaths.Rules];
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, server.Environment, ["demo", .. db])).ExitCode);
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, server.Environment, ["evaluate", .. db])).ExitCode);

        var first = await WorkerProcess.RunAsync(temp.Path, server.Environment, ["digest", "--send", .. db]);
        var second = await WorkerProcess.RunAsync(temp.Path, server.Environment, ["digest", "--send", .. db]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains($"{DemoOwners.All.Count} composed, {DemoOwners.All.Count} queued", first.Out, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"0 queued, {DemoOwners.All.Count} already queued; sent 0", second.Out, StringComparison.Ordinal);
        var received = server.Messages();
        Assert.Equal(DemoOwners.All.Select(o => o.Email).Order(StringComparer.Ordinal), received.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        foreach (var message in received)
        {
            var owner = DemoOwners.All.Single(o => o.Email == message.To.Mailboxes.Single().Address);
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
    public async Task DigestSend_ScriptInObservationNoteAndMarkupInOwnerName_ArriveEscapedWithReasonsAndReadableText()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        string[] db = ["--db", temp.File("r.db"), "--rules", RepoPaths.Rules];
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, server.Environment, ["demo", .. db])).ExitCode);
        await PlantAsync(temp.File("r.db"), $"UPDATE observations SET note = '{Script} ' || coalesce(note, '')", $"UPDATE owners SET name = name || ' {Bold}'");
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, server.Environment, ["evaluate", .. db])).ExitCode);

        var run = await WorkerProcess.RunAsync(temp.Path, server.Environment, ["digest", "--send", .. db]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var received = server.Messages();
        Assert.Equal(DemoOwners.All.Count, received.Count);
        var evaluation = await LatestEvaluationAsync(temp.File("r.db"));
        var parser = new HtmlParser();
        var notesSeen = 0;
        var reasonsSeen = 0;
        foreach (var message in received)
        {
            var language = message.Body!.Headers[HeaderId.ContentLanguage];
            var html = parser.ParseDocument(message.HtmlBody ?? "");
            Assert.Empty(html.QuerySelectorAll("script"));
            Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
            var greeting = html.QuerySelector("[data-role='greeting']")!;
            Assert.Empty(greeting.Children);
            Assert.Contains(Bold, greeting.TextContent, StringComparison.Ordinal);
            Assert.Contains(Bold, message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("<td", message.TextBody, StringComparison.Ordinal);
            // An indicator never reported has no note to show.
            foreach (var note in html.QuerySelectorAll("tr[data-indicator] td:last-child").Where(td => td.TextContent.Length > 0))
            {
                Assert.StartsWith(Script, note.TextContent, StringComparison.Ordinal);
                Assert.Contains(Script, message.TextBody, StringComparison.Ordinal);
                notesSeen++;
            }

            var words = MailWords.For(language);
            foreach (var detail in html.QuerySelectorAll("[data-risk-detail]"))
            {
                var reasons = evaluation.Risks.Single(r => r.Code == detail.GetAttribute("data-risk-detail")).Reasons;
                var rows = detail.QuerySelectorAll("tr[data-rule]");
                Assert.Equal(reasons.Select(r => r.Rule), rows.Select(r => r.GetAttribute("data-rule")));
                foreach (var (reason, row) in reasons.Zip(rows).Where(x => x.First.Indicator is not null))
                {
                    var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
                    Assert.Equal(reason.Text.Get(language), cells[0]);
                    Assert.Equal(evaluation.Register.FindIndicator(reason.Indicator!)!.Name.Get(language), cells[1]);
                    Assert.Equal([words.Number(reason.Value), words.Number(reason.Target)], cells[3..5]);
                    Assert.Contains(reason.Text.Get(language), message.TextBody, StringComparison.Ordinal);
                    reasonsSeen++;
                }
            }
        }

        Assert.True(notesSeen > 0, "no received digest listed an indicator to update");
        Assert.True(reasonsSeen > 0, "no received digest showed a reason with its indicator, value and target");
    }

    [Fact]
    public async Task DigestSend_StartTlsAgainstAServerWithout_ExitsOneWithOneLineAndNoStackTrace()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        string[] db = ["--db", temp.File("r.db"), "--rules", RepoPaths.Rules];
        var startTls = new Dictionary<string, string>(server.Environment) { ["Smtp__Security"] = "StartTls" };
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, server.Environment, ["demo", .. db])).ExitCode);
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, server.Environment, ["evaluate", .. db])).ExitCode);

        var run = await WorkerProcess.RunAsync(temp.Path, startTls, ["digest", "--send", .. db]);

        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("STARTTLS", line, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Smtp", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", run.Error + run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Out, StringComparison.Ordinal);
        Assert.Empty(server.Messages());
    }

    private const string Script = "<script>alert(1)</script>";
    private const string Bold = "<b>bold</b>";

    private static async Task PlantAsync(string database, params string[] statements)
    {
        await using (var c = new SqliteConnection($"Data Source={database}"))
        {
            foreach (var sql in statements) Assert.True(await c.ExecuteAsync(sql) > 0, sql);
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task<(IReadOnlyList<RiskAssessment> Risks, IRiskRegister Register)> LatestEvaluationAsync(string database)
    {
        await using var services = new ServiceCollection().AddRiskEngine(o => (o.DatabasePath, o.RulesDirectory) = (database, RepoPaths.Rules)).BuildServiceProvider();
        var latest = await services.GetRequiredService<IAssessmentHistory>().GetLatestAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return (latest!.Risks, services.GetRequiredService<IRiskRegister>());
    }
}
