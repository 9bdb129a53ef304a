using RiskEngine.Facts;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Facts;

public sealed class TargetScheduleTests
{
    private static Indicator Make(double? baseline, params (int Year, double Value)[] targets) => new(
        "X", LocalizedText.Of(("ky", "x"), ("ru", "x"), ("en", "x")), "%", IndicatorDirection.Higher, 2022, baseline,
        targets.ToDictionary(t => t.Year, t => t.Value), ReportingFrequency.Annual, "rectorate", 1, true)
    {
        Measure = SharedRuleSet.Value.FindUnit("%")!,
    };

    [Theory]
    [InlineData(2022, 20)]
    [InlineData(2023, 30)]
    [InlineData(2024, 40)]
    [InlineData(2025, 50)]
    [InlineData(2027, 50)]
    public void InForce_BaselineThenTarget_InterpolatesLinearly(int year, double expected)
    {
        var indicator = Make(20, (2025, 50));

        Assert.Equal(expected, TargetSchedule.InForce(indicator, year)!.Value, 6);
    }

    [Fact]
    public void InForce_BetweenTwoTargets_Interpolates()
    {
        var indicator = Make(null, (2025, 10), (2028, 40));

        Assert.Equal(20, TargetSchedule.InForce(indicator, 2026)!.Value, 6);
        Assert.Equal(10, TargetSchedule.InForce(indicator, 2023)!.Value, 6);
        Assert.Equal(40, TargetSchedule.InForce(indicator, 2030)!.Value, 6);
    }

    [Fact]
    public void Final_SeveralTargets_IsTheLastYear()
    {
        Assert.Equal((2028, 40.0), TargetSchedule.Final(Make(null, (2025, 10), (2028, 40))));
    }
}
