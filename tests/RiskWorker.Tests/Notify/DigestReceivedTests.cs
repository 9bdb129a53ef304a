using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RiskEngine;
using RiskWorker.Notifications.Templates;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>What a real SMTP server receives from <c>digest --send</c> when user data carries markup: text, never markup, and the reasons in full.</summary>
public sealed class DigestReceivedTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Bold = "<b>bold</b>";

    [Fact]
    public async Task DigestSend_ScriptInObservationNoteAndMarkupInOwnerName_ArriveEscapedWithReasonsAndReadableText()
    {
        await using var server = await SmtpServer.StartAsync();
        using var temp = new TempDirectory();
        var db = await DemoProcess.EvaluatedAsync(temp, server.Environment,
            $"UPDATE observations SET note = '{Script} ' || coalesce(note, '')", $"UPDATE owners SET name = name || ' {Bold}'");

        var run = await WorkerProcess.RunAsync(temp.Path, server.Environment, ["digest", "--send", .. db]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var received = server.Messages();
        Assert.Equal(ShippedDemoOwners.All.Count, received.Count);
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

            var words = evaluation.Register.Words.For(language);
            foreach (var detail in html.QuerySelectorAll("[data-risk-detail]"))
            {
                var assessment = evaluation.Risks.Single(r => r.Code == detail.GetAttribute("data-risk-detail"));
                // The reasons that decided a side come first, the engine's order kept within each group.
                var reasons = assessment.Reasons.OrderBy(r => r.Level == (r.Sets == RatingSide.Likelihood ? assessment.Likelihood : assessment.Impact) ? 0 : 1).ToList();
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

    private static async Task<(IReadOnlyList<RiskAssessment> Risks, IRiskRegister Register)> LatestEvaluationAsync(string database)
    {
        await using var services = new ServiceCollection().AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (database, RepoPaths.Rules)).BuildServiceProvider();
        var latest = await services.GetRequiredService<IAssessmentHistory>().GetLatestAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return (latest!.Risks, services.GetRequiredService<IRiskRegister>());
    }
}
