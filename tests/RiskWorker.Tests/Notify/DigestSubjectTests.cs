using RiskEngine;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Digest;
using RiskWorker.Notifications.Routing;
using RiskWorker.Tests.Notify.Support;

namespace RiskWorker.Tests.Notify;

public sealed class DigestSubjectTests
{
    [Fact]
    public void For_EnglishTwoHighOneRisingThreeIndicators_SaysTheEssentials()
    {
        var model = Model("en", illustrative: false, [Risk(RiskLevel.High, Movement.Up), Risk(RiskLevel.High, Movement.Same), Risk(RiskLevel.Medium, Movement.Down)], indicators: 3);

        Assert.Equal("Weekly risk digest 2026-W48: 2 high, 1 rising, 3 indicators to update", DigestSubject.For(model));
    }

    [Fact]
    public void For_RussianCounts_UseRussianPluralForms()
    {
        var model = Model("ru", illustrative: true, [Risk(RiskLevel.Critical, Movement.Up), Risk(RiskLevel.High, Movement.Up), Risk(RiskLevel.High, Movement.New)], indicators: 5, overdue: 1);

        Assert.Equal("[ИЛЛЮСТРАЦИЯ] Еженедельная сводка по рискам 2026-W48: 1 критический, 2 высоких, 2 растут, показателей к обновлению: 5, 1 мероприятие просрочено",
            DigestSubject.For(model));
    }

    [Theory]
    [InlineData(1, "1 критический, 1 мероприятие просрочено")]
    [InlineData(3, "3 критических, 3 мероприятия просрочены")]
    [InlineData(5, "5 критических, 5 мероприятий просрочено")]
    [InlineData(22, "22 критических, 22 мероприятия просрочены")]
    public void For_RussianCountOfOneFewMany_PicksThatPluralForm(int count, string expected)
    {
        var model = Model("ru", illustrative: false, Enumerable.Repeat(Risk(RiskLevel.Critical, Movement.Same), count).ToList(), indicators: 0, overdue: count);

        Assert.Equal($"Еженедельная сводка по рискам 2026-W48: {expected}", DigestSubject.For(model));
    }

    [Fact]
    public void For_KyrgyzNothingToReport_SaysSo()
    {
        var model = Model("ky", illustrative: false, [Risk(RiskLevel.Low, Movement.Same)], indicators: 0);

        Assert.Equal("Тобокелдиктер боюнча апталык маалымат 2026-W48: көңүл бура турган өзгөрүү жок", DigestSubject.For(model));
    }

    private static DigestRisk Risk(RiskLevel level, Movement movement) =>
        new("1.1", "t", 1, 1, 1, level, false, 8, movement, 1, false, []);

    private static DigestModel Model(string language, bool illustrative, IReadOnlyList<DigestRisk> risks, int indicators, int overdue = 0) =>
        new(new Recipient("n", "n@example.org", language), SharedRules.Value.Words.For(language), OutboxKeys.IsoWeek(new DateOnly(2026, 11, 23)), new DateOnly(2026, 11, 23), null, illustrative, risks,
            Enumerable.Range(0, indicators).Select(i => new DigestIndicator($"I{i}", "n", "%", null, null, null)).ToList(),
            [], Enumerable.Range(0, overdue).Select(_ => new DigestAction("1.1", "a", new DateOnly(2026, 11, 1), "planned", 22)).ToList(), 14, []);
}
