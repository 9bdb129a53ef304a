using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Reports.Council;
using RiskWorker.Reviews;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>
/// The movement section when a link between risks began to raise a risk since the Council's review: the demo evaluated by
/// the engine (1.1 raised by 1.2) against a review that had no such link. Rendered to HTML only, without Chromium: the
/// pack fixture's review already had the link, so its movement table cannot show one starting.
/// </summary>
public sealed class CouncilMovementLinkTests
{
    [Fact]
    public async Task RenderAsync_LinkRaisesTheRiskSinceTheReview_MovementNamesTheDriverAndSaysWhy()
    {
        using var world = new NotifyWorld();
        await world.StoreAsync(NotifyWorld.Today.AddDays(-7), true, world.Risk("1.1", 3, 3));
        await world.Get<IAssessmentHistory>().MarkReviewAsync(NotifyWorld.Today.AddDays(-6));
        await world.EvaluateDemoAsync();

        var pack = await ActivatorUtilities.CreateInstance<CouncilPackBuilder>(world.Services).BuildAsync(world.Get<ReviewBodies>().Council, NotifyWorld.Today, "ru", default);
        var html = new HtmlParser().ParseDocument(await CouncilHtml.RenderAsync(pack!));

        var row = html.QuerySelectorAll("#movement tbody tr").Single(r => r.QuerySelector("td")!.TextContent == "1.1");
        var item = Assert.Single(row.QuerySelectorAll("ul.reasons li"), li => li.QuerySelector(".driver") is not null);
        Assert.StartsWith("+ ", item.QuerySelector("b")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"↑ повышен из-за риска 1.2 «{world.Register.FindRisk("1.2")!.Title.Get("ru")}»: ", item.QuerySelector(".driver[data-driver='1.2']")!.TextContent);
        Assert.Equal("#risk-1-2", item.QuerySelector(".driver a")!.GetAttribute("href"));
        Assert.Contains("Почему 1.2 оценён так: ", item.TextContent, StringComparison.Ordinal);
    }
}
