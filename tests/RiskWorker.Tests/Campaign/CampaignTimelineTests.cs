using MimeKit;
using RiskWorker.Campaign;
using RiskWorker.Tests.Campaign.Support;
using RiskWorker.Tests.Reports;
using RiskWorker.Tests.Support;
using static RiskWorker.Tests.Campaign.Support.CampaignScenario;

namespace RiskWorker.Tests.Campaign;

public sealed class CampaignTimelineTests(CampaignTimelineFixture run) : IClassFixture<CampaignTimelineFixture>
{
    [Fact]
    public void RunAsync_T31_SendsNothing()
    {
        Assert.Empty(run.Received[31]);
        Assert.Null(run.Reports[31].Step);
        Assert.Contains("nothing due yet (requests from 2026-11-23)", run.Reports[31].In(ShippedRegister.English), StringComparison.Ordinal);
    }

    [Fact]
    public void RunAsync_T30_RequestsEveryOwnerOnce()
    {
        Assert.Equal(OwnerEmails.Order(), run.Received[30].Select(CampaignTimelineFixture.To).Order());
        Assert.Equal((CampaignStep.Request, 4, 4), (run.Reports[30].Step, run.Reports[30].Recipients, run.Reports[30].Queued));
        Assert.Equal(4, run.Reports[30].Sent!.Delivered);
    }

    [Fact]
    public void RunAsync_DaysAfterEachStep_SendNoDuplicates()
    {
        Assert.Equal((4, 3, 5), (run.Received[30].Count, run.Received[14].Count, run.Received[7].Count));
        Assert.All(run.Received.Where(d => d.Key is not (30 or 14 or 7)), d => Assert.Empty(d.Value));
        Assert.Equal((CampaignStep.Request, 4, 0), (run.Reports[29].Step, run.Reports[29].Recipients, run.Reports[29].Queued));
        Assert.Equal((CampaignStep.Pack, 5, 0), (run.Reports[0].Step, run.Reports[0].Recipients, run.Reports[0].Queued));
        Assert.Equal(4 + 3 + 5, run.Total);
    }

    [Fact]
    public void RunAsync_T30_ListsWhatIsStaleMissingOrOpenInTheOwnersLanguage()
    {
        var quality = run.Mail(30, Quality);
        var dean = run.Mail(30, Dean);
        var legal = run.Mail(30, Legal);

        Assert.Contains("Academic Council 23 December 2026: please update your indicators and action statuses", quality.Subject, StringComparison.Ordinal);
        Assert.Contains("EDU_INTL_ACCREDITED", quality.TextBody, StringComparison.Ordinal);
        Assert.Contains("REG_LICENSING_ON_TIME", quality.TextBody, StringComparison.Ordinal);
        Assert.Contains("Окумуштуулар кеңеши", dean.Subject, StringComparison.Ordinal);
        Assert.Contains("STU_EMPLOYER_ORDERED", dean.TextBody, StringComparison.Ordinal);
        Assert.Contains("Учёный совет", legal.Subject, StringComparison.Ordinal);
        Assert.Contains("data-section=\"open\"", legal.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Update the statute register", legal.TextBody, StringComparison.Ordinal);
        Assert.Contains("data-role=\"nothing-stale\"", legal.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(["ky", "ru", "en"], new[] { dean, legal, quality }.Select(m => m.Body!.Headers[HeaderId.ContentLanguage]));
    }

    [Fact]
    public void RunAsync_T14_RemindsOnlyThoseWithStaleOrOverdueItems()
    {
        Assert.Equal(new[] { Quality, Legal, CampaignWorld.Fallback }.Order(), run.Received[14].Select(CampaignTimelineFixture.To).Order());
        var legal = run.Mail(14, Legal);
        Assert.Contains("напоминание — не обновлено: 1 пункт", legal.Subject, StringComparison.Ordinal);
        Assert.Contains("data-section=\"overdue\"", legal.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Update the statute register", legal.TextBody, StringComparison.Ordinal);
        Assert.Contains("reminder — 2 items still to update", run.Mail(14, Quality).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_T7_SendsThePackAsPdfToTheSecretaryAndEveryOwnerInTheirLanguage()
    {
        Assert.Equal(OwnerEmails.Append(CampaignWorld.Secretary).Order(), run.Received[7].Select(CampaignTimelineFixture.To).Order());
        using var temp = new TempDirectory();
        foreach (var (to, language) in new[] { (Dean, "ky"), (Legal, "ru"), (Quality, "en"), (CampaignWorld.Fallback, "ky"), (CampaignWorld.Secretary, "ru") })
        {
            var mail = run.Mail(7, to);
            var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
            Assert.Equal(("application/pdf", $"council-pack-2026-12-16-{language}.pdf"), (pdf.ContentType.MimeType, pdf.FileName));
            var path = temp.File($"{to}.pdf");
            await using (var file = File.Create(path)) await pdf.Content!.DecodeToAsync(file);
            var text = (await ExternalTool.RunAsync("pdftotext", path, "-")).Out;
            Assert.All(CouncilPackFixture.RiskCodes, code => Assert.Contains(code, text, StringComparison.Ordinal));
            if (language == "ky") Assert.Contains("ө", text, StringComparison.Ordinal);
            Assert.Contains(pdf.FileName!, mail.TextBody, StringComparison.Ordinal);
        }

        Assert.Contains("Учёный совет 23 декабря 2026: пакет материалов по рискам", run.Mail(7, CampaignWorld.Secretary).Subject, StringComparison.Ordinal);
        Assert.Contains("Секретарь Учёного совета", run.Mail(7, CampaignWorld.Secretary).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_ScriptPlantedInNameAndNote_ComesOutEncoded()
    {
        var quality = run.Mail(30, Quality);

        Assert.DoesNotContain("<script>", quality.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Quality Lead &lt;script&gt;", quality.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("late report &lt;script&gt;", quality.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("late report " + Script, quality.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_IllustrativeData_CarriesTheBannerAndTheSubjectTag()
    {
        var all = run.Received.Values.SelectMany(m => m).ToList();

        Assert.All(all, m => Assert.Contains("data-role=\"illustrative\"", m.HtmlBody, StringComparison.Ordinal));
        Assert.All(all.Where(m => m.Body!.Headers[HeaderId.ContentLanguage] == "en"), m => Assert.StartsWith("[ILLUSTRATIVE] ", m.Subject, StringComparison.Ordinal));
        Assert.All(all.Where(m => m.Body!.Headers[HeaderId.ContentLanguage] != "en"), m => Assert.StartsWith("[ИЛЛЮСТРАЦИЯ] ", m.Subject, StringComparison.Ordinal));
        Assert.Equal(12, all.Count);
        Assert.Equal(12, all.Select(m => m.MessageId).Distinct().Count());
    }
}
