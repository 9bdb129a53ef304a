using AngleSharp.Html.Parser;
using RiskEngine;
using RiskWorker.Notifications.Digest;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>The reasons table: the deciding reasons first, the others under "also checked", a default row without a value.</summary>
public sealed class ReasonTableTests
{
    private static readonly LocalizedText Words = LocalizedText.Of(("ky", "ky"), ("ru", "ru"), ("en", "en"));

    [Theory]
    [InlineData("en", "Also checked", "L = 4", "I = 3", "L = 2")]
    [InlineData("ru", "Также проверено", "В = 4", "П = 3", "В = 2")]
    [InlineData("ky", "Ошондой эле текшерилди", "Ы = 4", "Т = 3", "Ы = 2")]
    public async Task ComposeAsync_DefaultAndFiredReasons_DecidingFirstDefaultWithoutValue(string language, string alsoChecked, string fired, string impact, string likelihoodDefault)
    {
        using var world = new NotifyWorld();
        await world.OwnersAsync(new Owner("Reader", "reader@example.org", language, ["quality-licensing-office"]));
        // The engine's order: the likelihood default, an easing rule that lost to the warning, the warning, the impact default.
        await world.StoreAsync(NotifyWorld.Today, true, world.Risk("1.1", 4, 3, reasons:
        [
            Reason("1.1-default-likelihood", null, RatingSide.Likelihood, 2, value: 2, isDefault: true),
            Reason("1.1-accreditation-easing", "EDU_INTL_ACCREDITED", RatingSide.Likelihood, 3, value: 55),
            Reason("1.1-accreditation-off-track", "EDU_INTL_ACCREDITED", RatingSide.Likelihood, 4, value: 31.5),
            Reason("1.1-default-impact", null, RatingSide.Impact, 3, value: 3, isDefault: true),
        ]));

        var mail = Assert.Single(await world.Get<DigestComposer>().ComposeAsync(default), m => m.Message.ToAddress == "reader@example.org");
        var table = new HtmlParser().ParseDocument(mail.Message.HtmlBody).QuerySelector("[data-risk-detail='1.1'] [data-section='reasons']")!;

        var rows = table.QuerySelectorAll("tr[data-rule], tr[data-role='also-checked']")
            .Select(r => r.GetAttribute("data-rule") ?? r.TextContent.Trim()).ToList();
        Assert.Equal(["1.1-accreditation-off-track", "1.1-default-impact", alsoChecked, "1.1-default-likelihood", "1.1-accreditation-easing"], rows);
        string[] Cells(string rule) => table.QuerySelectorAll($"tr[data-rule='{rule}'] td").Select(td => td.TextContent).ToArray();
        Assert.Equal(("", impact), (Cells("1.1-default-impact")[3], Cells("1.1-default-impact")[6]));
        Assert.Equal(("", likelihoodDefault), (Cells("1.1-default-likelihood")[3], Cells("1.1-default-likelihood")[6]));
        Assert.Equal(fired, Cells("1.1-accreditation-off-track")[6]);
        Assert.NotEqual("", Cells("1.1-accreditation-off-track")[3]);
        Assert.Contains("color:#5f6b7a", table.QuerySelector("tr[data-rule='1.1-accreditation-easing']")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.DoesNotContain("color", table.QuerySelector("tr[data-rule='1.1-accreditation-off-track']")!.GetAttribute("style") ?? "", StringComparison.Ordinal);
    }

    private static Reason Reason(string rule, string? indicator, RatingSide side, int level, double value, bool isDefault = false) =>
        // As the engine makes them: a default reason carries no value, its rating is the level.
        new(rule, indicator, Scopes.University, isDefault ? null : value, isDefault ? null : 50, isDefault ? null : value - 50, side, level, 1, Words) { IsDefault = isDefault };
}
