using RiskEngine.Facts;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Facts;

public sealed class FactBuilderTests
{
    private static readonly FactBuilder Builder = new(new FactOptions(StaleGraceDays: 90, OffTrackTolerance: 0.10));

    private static Indicator Make(IndicatorDirection direction = IndicatorDirection.Higher, ReportingFrequency frequency = ReportingFrequency.Annual) => new(
        "X", LocalizedText.Of(("ky", "x"), ("ru", "x"), ("en", "x")), "%", direction, 2022, 20,
        new Dictionary<int, double> { [2025] = 50, [2028] = 50 }, frequency, "rectorate", 1, true)
    {
        Measure = SharedRuleSet.Value.FindUnit("%")!,
    };

    private static Observation[] Values(params (string Period, double Value)[] values) => values.Select(v => new Observation("X", v.Period, v.Value)).ToArray();

    [Fact]
    public void Build_NoObservations_IsMissingAndStale()
    {
        var fact = Builder.Build(Make(), Scopes.University, [], new DateOnly(2026, 1, 1));

        Assert.True(fact.Missing);
        Assert.True(fact.Stale);
        Assert.Equal("no-data", fact.Status);
    }

    [Fact]
    public void Build_OnTargetAndImproving_IsOnTrack()
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2024", 42), ("2025", 51)), new DateOnly(2025, 6, 1));

        Assert.Equal(51, fact.Value);
        Assert.Equal(50, fact.Target);
        Assert.Equal(1, fact.Gap, 9);
        Assert.True(fact.OnTrack);
        Assert.Equal("on-track", fact.Status);
        Assert.True(fact.Slope > 0);
    }

    [Fact]
    public void Build_FarBehindTarget_IsOffTrackWithShortfall()
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2025", 30)), new DateOnly(2025, 6, 1));

        Assert.Equal(20, fact.Shortfall, 9);
        Assert.Equal(0.4, fact.ShortfallRatio, 9);
        Assert.True(fact.OffTrack);
    }

    [Fact]
    public void Build_SlightlyBehind_IsAtRisk()
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2025", 47)), new DateOnly(2025, 6, 1));

        Assert.True(fact.AtRisk);
        Assert.Equal("at-risk", fact.Status);
    }

    [Fact]
    public void Build_OnTargetNowButFalling_IsOffTrackByProjection()
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2023", 70), ("2024", 60), ("2025", 50)), new DateOnly(2025, 6, 1));

        Assert.Equal(0, fact.Shortfall);
        Assert.Equal(20, fact.Projected, 6);
        Assert.True(fact.OffTrack);
        Assert.True(fact.Slope < 0);
    }

    [Fact]
    public void Build_LowerIsBetter_ShortfallCountsUpward()
    {
        var fact = Builder.Build(Make(IndicatorDirection.Lower), Scopes.University, Values(("2025", 60)), new DateOnly(2025, 6, 1));

        Assert.Equal(10, fact.Shortfall, 9);
        Assert.True(fact.OffTrack);
    }

    [Fact]
    public void Build_SteepFall_ProjectionStopsAtZeroPercent()
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2023", 60), ("2024", 40), ("2025", 20)), new DateOnly(2025, 6, 1));

        Assert.Equal(0, fact.Projected);
        Assert.True(fact.OffTrack);
    }

    [Theory]
    [InlineData("2026-03-31", false)]
    [InlineData("2026-04-01", true)]
    public void Build_AnnualValue_StaleAfterAYearAndGrace(string asOf, bool stale)
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2024", 45)), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(stale, fact.Stale);
    }

    [Fact]
    public void Build_ValueAfterAsOf_IsIgnored()
    {
        var fact = Builder.Build(Make(), Scopes.University, Values(("2024", 45), ("2026", 10)), new DateOnly(2025, 6, 1));

        Assert.Equal(45, fact.Value);
        Assert.Equal("2024", fact.Period);
    }
}
