using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using RiskEngine;
using RiskWorker.Notifications.Alerts;
using RiskWorker.Notifications.Digest;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>
/// A risk raised by a link between risks, as the engine rates the demo (1.1 raised by 1.2): the digest and the alert name
/// the risk that raised it, in the reader's language, and carry the engine's text saying why that risk is rated so.
/// </summary>
public sealed class LinkedRiskMailTests
{
    private const string Reader = "reader@example.org";
    private const string DrivenRule = "1.1.driven-by-1.2";

    [Theory]
    [InlineData("en", "↑ raised by risk 1.2 “{0}”: ", "Why 1.2 is rated so: ")]
    [InlineData("ru", "↑ повышен из-за риска 1.2 «{0}»: ", "Почему 1.2 оценён так: ")]
    [InlineData("ky", "↑ 1.2 «{0}» тобокелдигинен улам көтөрүлдү: ", "1.2 эмне үчүн ушундай бааланган: ")]
    public async Task ComposeAsync_DemoRiskRaisedByALink_NamesTheDriverAndSaysWhyItIsRatedSo(string language, string raisedBy, string why)
    {
        using var world = new NotifyWorld();
        var evaluation = await world.EvaluateDemoAsync();
        await world.OwnersAsync(new Owner("Reader", Reader, language, ["quality-licensing-office"]));

        var mail = Assert.Single(await world.Get<DigestComposer>().ComposeAsync(default), m => m.Message.ToAddress == Reader);
        var html = new HtmlParser().ParseDocument(mail.Message.HtmlBody);

        var marker = Marker(world, raisedBy, language);
        var row = html.QuerySelector($"[data-risk-detail='1.1'] tr[data-rule='{DrivenRule}']")!;
        AssertNamesDriverAndWhy(evaluation, row, marker, why, language);
        // The link decided 1.1's likelihood, so the risk table says at a glance what raised it.
        Assert.Equal("true", row.GetAttribute("data-decided"));
        Assert.Equal(" " + marker.TrimEnd(' ', ':'), html.QuerySelector("tr[data-risk='1.1'] [data-role='driver']")!.TextContent);
        Assert.Contains(marker + Driven(evaluation).Text.Get(language), mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_DemoRiskRaisedByALinkRose_AlertNamesTheDriverAndSaysWhyItIsRatedSo()
    {
        using var world = new NotifyWorld();
        await world.OwnersAsync(new Owner("Reader", Reader, "ru", ["quality-licensing-office"]));
        await world.StoreAsync(NotifyWorld.Today.AddDays(-1), true, world.Risk("1.1", 2, 2));
        var evaluation = await world.EvaluateDemoAsync();

        await world.Get<AlertDispatcher>().DispatchAsync(default);

        var alert = Assert.Single(world.Outbox.Messages, m => m.ToAddress == Reader && m.Key.StartsWith($"alert:{Reader}:1.1:", StringComparison.Ordinal));
        var html = new HtmlParser().ParseDocument(alert.HtmlBody);
        var row = html.QuerySelector($"[data-section='reasons'] tr[data-rule='{DrivenRule}']")!;
        AssertNamesDriverAndWhy(evaluation, row, Marker(world, "↑ повышен из-за риска 1.2 «{0}»: ", "ru"), "Почему 1.2 оценён так: ", "ru");
    }

    private static void AssertNamesDriverAndWhy(Evaluation evaluation, IElement row, string marker, string why, string language)
    {
        var driven = Driven(evaluation);
        var text = row.QuerySelector("td")!.TextContent;
        Assert.Equal("1.2", row.GetAttribute("data-driver"));
        Assert.Equal(marker, row.QuerySelector("[data-role='driver']")!.TextContent);
        Assert.Equal(marker + driven.Text.Get(language), text);
        Assert.Contains(why, text, StringComparison.Ordinal);
        // Why 1.2 is rated so: the text of one of 1.2's own warnings in the same scope, from the same evaluation.
        var driverWarnings = evaluation.Risks.Single(r => r.Code == "1.2").Scopes.Single(s => s.Scope == driven.Scope).Reasons.Where(r => !r.IsDefault).ToList();
        Assert.Contains(driverWarnings, w => text.Contains(why + w.Text.Get(language), StringComparison.Ordinal));
    }

    private static Reason Driven(Evaluation evaluation) => evaluation.Risks.Single(r => r.Code == "1.1").Reasons.Single(r => r.Rule == DrivenRule);

    private static string Marker(NotifyWorld world, string format, string language) =>
        string.Format(CultureInfo.InvariantCulture, format, world.Register.FindRisk("1.2")!.Title.Get(language));
}
