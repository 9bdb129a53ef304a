using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RiskWorker.Mail;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Digest;
using RiskWorker.Owners;
using RiskEngine;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

public sealed class DigestComposerTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task ComposeAsync_EnglishOwner_ShowsRiskMovementReasonStaleIndicatorAndActions()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), DigestScenario.Quality);
        var html = Parse(mail.Message.HtmlBody);

        Assert.Equal("digest:quality@example.org:2026-W48", mail.Message.Key);
        Assert.Equal(("digest", "en"), (mail.Message.Kind, mail.Message.Language));
        Assert.Equal("en", html.DocumentElement.GetAttribute("lang"));
        var risk = html.QuerySelector("tr[data-risk='1.1']")!;
        Assert.Contains("Decline in the quality of education", risk.TextContent, StringComparison.Ordinal);
        Assert.Equal("high", risk.QuerySelector("[data-level]")!.TextContent);
        Assert.Equal("↑ rising (was 9)", risk.QuerySelector("[data-role='movement']")!.TextContent);
        // Movement is against the evaluation of 16 November, and the column says so rather than "last week".
        Assert.Equal("Since 16 November 2026", html.QuerySelectorAll("[data-section='risks'] th")[3].TextContent);
        Assert.Contains("above appetite (8)", risk.TextContent, StringComparison.Ordinal);
        var reason = html.QuerySelector("[data-risk-detail='1.1'] tr[data-rule='1.1-accreditation-off-track']")!;
        Assert.Equal(["Accredited programmes at 31.5% against 50%", world.Register.FindIndicator("EDU_INTL_ACCREDITED")!.Name.Get("en"), "OshTU", "31.5", "50", "-18.5", "L = 4"],
            reason.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["EDU_INTL_ACCREDITED"], html.QuerySelectorAll("[data-section='indicators'] tr[data-indicator]").Select(r => r.GetAttribute("data-indicator")));
        Assert.Contains("Overdue accreditation dossier", html.QuerySelector("[data-section='overdue']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("22 days overdue", html.QuerySelector("[data-section='overdue']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Self-assessment report", html.QuerySelector("[data-section='due-soon']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Far-off review", mail.Message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Finished visit", mail.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("ILLUSTRATIVE", html.QuerySelector("[data-role='illustrative']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Decline in the quality of education | high | 16 (4×4) | ↑ rising (was 9)", mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_ScriptInObservationNoteAndOwnerName_IsEncodedNeverMarkup()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), DigestScenario.Quality);
        var html = Parse(mail.Message.HtmlBody);

        Assert.Empty(html.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script", mail.Message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", mail.Message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("late report " + DigestScenario.Script, html.QuerySelector("tr[data-indicator='EDU_INTL_ACCREDITED']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quality Lead " + DigestScenario.Script, html.QuerySelector("[data-role='greeting']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DigestScenario.ViceRector, "ky", "Сиздин тобокелдиктериңиз", "1.1", "Билим берүү сапатынын төмөндөшү", "жогорку")]
    [InlineData(DigestScenario.Finance, "ru", "Ваши риски", "2.1", "Нехватка бюджета", "критический")]
    [InlineData(DigestScenario.Quality, "en", "Your risks", "1.1", "Decline in the quality of education", "high")]
    public async Task ComposeAsync_EachLanguage_UsesItsWordsAndRegisterTitles(string email, string language, string heading, string code, string title, string level)
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), email);
        var html = Parse(mail.Message.HtmlBody);

        Assert.Equal(language, html.DocumentElement.GetAttribute("lang"));
        Assert.Contains(html.QuerySelectorAll("h2"), h => h.TextContent == heading);
        var row = html.QuerySelector($"tr[data-risk='{code}']")!;
        Assert.Contains(title, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(level, row.QuerySelector("[data-level]")!.TextContent);
        Assert.Contains(heading, mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_PersonWithoutRisksButStaleIndicators_GetsADigestOfThemWithoutARiskTable()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), DigestScenario.Planner);
        var html = Parse(mail.Message.HtmlBody);

        Assert.Null(html.QuerySelector("[data-section='risks']"));
        Assert.Equal(["GOV_STRATEGY_MEASURES_ON_TIME"], html.QuerySelectorAll("[data-section='indicators'] tr[data-indicator]").Select(r => r.GetAttribute("data-indicator")));
        Assert.Equal("[ИЛЛЮСТРАЦИЯ] Тобокелдиктер боюнча апталык маалымат 2026-W48: 1 көрсөткүчтү жаңыртуу керек", mail.Message.Subject);
        Assert.Equal([DigestScenario.Finance, DigestScenario.Planner, NotifyWorld.Fallback, DigestScenario.Quality, DigestScenario.ViceRector],
            (await world.Get<DigestComposer>().ComposeAsync(default)).Select(m => m.Message.ToAddress).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComposeAsync_PersonWithOnlyActions_GetsADigestWhoseSubjectCountsThem()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world, illustrative: false);
        await world.Get<IOwnerStore>().ReplaceAllAsync([.. await world.Get<IOwnerStore>().GetAllAsync(default), new Owner("Legal Counsel", Legal, "en", ["legal-office"])], default);
        await world.Get<IMitigationActionStore>().ReplaceAllAsync(
        [
            new MitigationAction("7.1", "Overdue contract review", "legal-office", new DateOnly(2026, 11, 20), "planned"),
            new MitigationAction("7.1", "Update the statute", "legal-office", new DateOnly(2026, 11, 30), "planned"),
            new MitigationAction("7.1", "Draft the bylaws", "legal-office", new DateOnly(2026, 12, 2), "planned"),
        ]);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), Legal);
        var html = Parse(mail.Message.HtmlBody);

        Assert.Equal("Weekly risk digest 2026-W48: 1 action overdue, 2 actions due soon", mail.Message.Subject);
        Assert.Null(html.QuerySelector("[data-section='risks']"));
        Assert.Contains("Overdue contract review", html.QuerySelector("[data-section='overdue']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Draft the bylaws", html.QuerySelector("[data-section='due-soon']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Update the statute", mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_ActionStoredInTheRegistersKyrgyz_EnglishOwnerReadsItInEnglish()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world, illustrative: false);
        await world.Get<IOwnerStore>().ReplaceAllAsync([.. await world.Get<IOwnerStore>().GetAllAsync(default), new Owner("Legal Counsel", Legal, "en", ["legal-office"])], default);
        var planned = world.Get<IRiskRegister>().FindRisk("7.1")!.Actions[0];
        await world.Get<IMitigationActionStore>().ReplaceAllAsync(
        [
            new MitigationAction("7.1", planned.Get("ky"), "legal-office", new DateOnly(2026, 11, 20), "planned"),
            new MitigationAction("7.1", "Свой текст юриста", "legal-office", new DateOnly(2026, 11, 21), "planned"),
        ]);

        var overdue = Parse(Single(await world.Get<DigestComposer>().ComposeAsync(default), Legal).Message.HtmlBody)
            .QuerySelector("[data-section='overdue']")!.TextContent;

        Assert.Contains(planned.Get("en"), overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(planned.Get("ky"), overdue, StringComparison.Ordinal);
        Assert.Contains("Свой текст юриста", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_UnheldRoleAndOwnerlessRisk_GoToFallbackInKyrgyzSayingWhy()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), NotifyWorld.Fallback);
        var html = Parse(mail.Message.HtmlBody);

        Assert.Equal("ky", mail.Message.Language);
        Assert.Equal(["1.1", "2.1", "6.1", "7.1"], html.QuerySelectorAll("tr[data-risk]").Select(r => r.GetAttribute("data-risk")));
        var notes = html.QuerySelector("[data-section='fallback']")!.TextContent;
        Assert.Contains("«САДЫК» ролу эч кимге дайындалган эмес", notes, StringComparison.Ordinal);
        Assert.Contains("«Кесиптик бирлик» ролу", notes, StringComparison.Ordinal);
        Assert.Contains("Факультеттин декандары", notes, StringComparison.Ordinal);
        Assert.Contains("Реестрде 6.1 тобокелдигинин ээси көрсөтүлгөн эмес", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_NotIllustrative_HasNoBannerAndNoTag()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world, illustrative: false);

        var mail = Single(await world.Get<DigestComposer>().ComposeAsync(default), DigestScenario.Quality);

        Assert.Null(Parse(mail.Message.HtmlBody).QuerySelector("[data-role='illustrative']"));
        Assert.DoesNotContain("ILLUSTRATIVE", mail.Message.Subject + mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SecondRunSameWeek_QueuesNothingNew()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);
        var sender = world.Get<DigestSender>();

        var first = await sender.SendAsync(default);
        var second = await sender.SendAsync(default);

        Assert.Equal((5, 5, 0), (first.Composed, first.Queued, first.AlreadyQueued));
        Assert.Equal((5, 0, 5), (second.Composed, second.Queued, second.AlreadyQueued));
        Assert.Equal(2, world.Outbox.SendRuns);
        Assert.All(world.Outbox.Messages, m => Assert.EndsWith(":2026-W48", m.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_EarlierMailRefused_SummaryReportsItUntilDelivered()
    {
        using var world = new NotifyWorld();
        await DigestScenario.SeedAsync(world);
        var sender = world.Get<DigestSender>();
        var quiet = await sender.SendAsync(default);
        world.Outbox.Refused.Add(new OutboxEntry("alert:x@example.org:1.1", "alert", "x@example.org", "s", OutboxStatus.Failed, 1,
            "550 5.1.1 mailbox unavailable", "<id@example.org>", DateTimeOffset.UnixEpoch, null, null));

        var report = await sender.SendAsync(default);

        Assert.Equal(0, quiet.FailedInOutbox);
        Assert.DoesNotContain("refused", quiet.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, report.FailedInOutbox);
        Assert.Contains("1 message in the outbox was refused", report.In(ShippedRegister.English), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_NoEvaluation_SaysToEvaluateFirst()
    {
        using var world = new NotifyWorld();

        await Assert.ThrowsAsync<NoEvaluationException>(() => world.Get<DigestComposer>().ComposeAsync(default));
    }

    private const string Legal = "legal@example.org";

    private static ComposedMail<DigestModel> Single(IReadOnlyList<ComposedMail<DigestModel>> mails, string email) =>
        Assert.Single(mails, m => m.Message.ToAddress == email);

    private static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
