using MimeKit;
using RiskEngine;
using RiskWorker.Tests.Campaign.Support;
using RiskWorker.Tests.Reports;
using RiskWorker.Tests.Reviews.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reviews;

/// <summary>The simulated year's findings, on each store (the two classes below).</summary>
public abstract class ReviewYearTests<TYear>(TYear year) : IClassFixture<TYear>
    where TYear : ReviewYearFixture
{
    private static readonly DateOnly[] SdcMeetings = [new(2026, 3, 18), new(2026, 6, 18), new(2026, 9, 18), new(2026, 12, 18)];

    [Fact]
    public void RunAllAsync_Year_EveryMessageDeliveredOnceAndParsedBack()
    {
        Assert.All(year.Outbox, e => Assert.Equal(RiskWorker.Mail.OutboxStatus.Delivered, e.Status));
        Assert.Equal(year.Outbox.Count, year.Received.Count);
        Assert.Equal(year.Received.Count, year.Received.Select(r => r.Message.MessageId).Distinct().Count());
        Assert.Equal(year.Outbox.Select(e => e.MessageId.Trim('<', '>')).Order(), year.Received.Select(r => r.Message.MessageId!.Trim('<', '>')).Order());
    }

    [Fact]
    public void RunAllAsync_Council_KeepsItsKeysAndSendsOnTheFirstDayOfEachWindow()
    {
        var council = Sent(e => e.Key.StartsWith("campaign:2026-12-23:", StringComparison.Ordinal));

        Assert.Equal([("campaign-30", new DateOnly(2026, 11, 23)), ("campaign-14", new DateOnly(2026, 12, 9)), ("campaign-7", new DateOnly(2026, 12, 16))],
            council.Select(c => (c.Entry.Kind, c.Day)).Distinct());
        // The deans never report their indicator this year, so all four owners are reminded.
        Assert.Equal((4, 4, 5), (council.Count(c => c.Entry.Kind == "campaign-30"), council.Count(c => c.Entry.Kind == "campaign-14"), council.Count(c => c.Entry.Kind == "campaign-7")));
        Assert.All(council, c => Assert.Matches(@"^campaign:2026-12-23:t(30|14|7):[^:]+$", c.Entry.Key));
        Assert.DoesNotContain(year.Reports, r => r.Body.IsCouncil && r.Meeting == new DateOnly(2026, 12, 23) && r.Step is not null && r.Day < new DateOnly(2026, 11, 23));
    }

    [Fact]
    public void RunAllAsync_QuarterlyBody_FourCampaignsEachStepOnceOnTheFirstDayOfItsWindow()
    {
        foreach (var meeting in SdcMeetings)
        {
            var mine = Sent(e => e.Key.StartsWith($"campaign:sdc:{meeting:yyyy-MM-dd}:", StringComparison.Ordinal));
            Assert.Equal([("campaign-sdc-request", meeting.AddDays(-21)), ("campaign-sdc-reminder", meeting.AddDays(-10)), ("campaign-sdc-pack", meeting.AddDays(-5))],
                mine.Select(c => (c.Entry.Kind, c.Day)).Distinct());
            var requests = mine.Where(c => c.Entry.Kind == "campaign-sdc-request").Select(c => c.Entry.ToAddress).ToList();
            var packs = mine.Where(c => c.Entry.Kind == "campaign-sdc-pack").Select(c => c.Entry.ToAddress).ToList();
            Assert.Equal(requests.Append(SdcBody.Secretary).Order(), packs.Order());
            Assert.Equal(requests.Count, requests.Distinct().Count());
        }

        var request = Mail("campaign:sdc:2026-06-18:request:", CampaignScenario.Legal);
        Assert.Contains("Комиссия по устойчивому развитию, заседание", request.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Учёный совет", request.TextBody, StringComparison.Ordinal);
        // The commission asks only about its own risks: the quality office hears of the licensing indicator 7.2 reads,
        // not of the education indicator the Council asks it about.
        var quality = Mail("campaign:sdc:2026-06-18:request:", CampaignScenario.Quality);
        Assert.Contains("REG_LICENSING_ON_TIME", quality.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("EDU_INTL_ACCREDITED", quality.TextBody, StringComparison.Ordinal);
        Assert.Contains("EDU_INTL_ACCREDITED", Mail("campaign:2026-12-23:t30:", CampaignScenario.Quality).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void TreatDecision_ActionOverdue_CountedByTheRulesAndRemindedToItsOffice()
    {
        var before = year.AroundDue.Before.Risks.Single(r => r.Code == "7.2");
        var after = year.AroundDue.After.Risks.Single(r => r.Code == "7.2");

        Assert.DoesNotContain(before.Reasons, r => r.Rule.Contains("overdue", StringComparison.Ordinal));
        Assert.Contains(after.Reasons, r => r.Rule.Contains("overdue", StringComparison.Ordinal));
        var reminder = Mail("campaign:sdc:2026-06-18:reminder:", CampaignScenario.Legal);
        Assert.Contains("data-section=\"overdue\"", reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(ReviewYearFixture.DecisionAction, reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextPack_ListsThePreviousMeetingsDecisionsAndWhatBecameOfThem()
    {
        var june = await PdfTextAsync(Mail("campaign:sdc:2026-06-18:pack:", SdcBody.Secretary));
        var september = await PdfTextAsync(Mail("campaign:sdc:2026-09-18:pack:", SdcBody.Secretary));
        var march = await PdfTextAsync(Mail("campaign:sdc:2026-03-18:pack:", SdcBody.Secretary));

        Assert.Contains("Decisions of the last meeting", june, StringComparison.Ordinal);
        Assert.Contains("18 March 2026", june, StringComparison.Ordinal);
        Assert.Contains("overdue by 43 days", june, StringComparison.Ordinal);
        Assert.Contains("Latest decision", june, StringComparison.Ordinal);
        Assert.Contains("action done on 15 July 2026", september, StringComparison.Ordinal);
        Assert.DoesNotContain("Decisions of the last meeting", march, StringComparison.Ordinal);
        // The commission's pack covers its four risks only, and compares with its own last review.
        Assert.Contains("Sustainable development commission", june, StringComparison.Ordinal);
        Assert.Contains("source line 3409", june, StringComparison.Ordinal);
        Assert.DoesNotContain("source line 2266", june, StringComparison.Ordinal);
    }

    private List<(DateOnly Day, RiskWorker.Mail.OutboxEntry Entry)> Sent(Func<RiskWorker.Mail.OutboxEntry, bool> which)
    {
        var days = year.Received.ToDictionary(r => r.Message.MessageId!.Trim('<', '>'), r => r.Day);
        return year.Outbox.Where(which).Select(e => (days[e.MessageId.Trim('<', '>')], e)).ToList();
    }

    private MimeMessage Mail(string keyPrefix, string to)
    {
        var entry = year.Outbox.Single(e => e.Key.StartsWith(keyPrefix, StringComparison.Ordinal) && e.ToAddress == to);
        return year.Received.Single(r => r.Message.MessageId!.Trim('<', '>') == entry.MessageId.Trim('<', '>')).Message;
    }

    private static async Task<string> PdfTextAsync(MimeMessage mail)
    {
        var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.StartsWith("sdc-pack-", pdf.FileName, StringComparison.Ordinal);
        using var temp = new TempDirectory();
        var path = temp.File("pack.pdf");
        await using (var file = File.Create(path)) await pdf.Content!.DecodeToAsync(file);
        // A table cell may wrap a phrase over two lines: one space stands for any run of whitespace.
        return System.Text.RegularExpressions.Regex.Replace((await ExternalTool.RunAsync("pdftotext", path, "-")).Out, @"\s+", " ");
    }
}

public sealed class SqliteReviewYearTests(SqliteReviewYear year) : ReviewYearTests<SqliteReviewYear>(year);

public sealed class PostgresReviewYearTests(PostgresReviewYear year) : ReviewYearTests<PostgresReviewYear>(year);
