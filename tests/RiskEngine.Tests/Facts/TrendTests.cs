using RiskEngine.Facts;

namespace RiskEngine.Tests.Facts;

public sealed class TrendTests
{
    [Fact]
    public void Fit_ThreeCollinearPoints_RecoversLine()
    {
        var trend = Trend.Fit([(2023, 10), (2024, 12), (2025, 14)]);

        Assert.Equal(2, trend.Slope, 9);
        Assert.Equal(20, trend.At(2028), 9);
        Assert.Equal(3, trend.Points);
    }

    [Fact]
    public void Fit_NoisyPoints_IsLeastSquares()
    {
        // By hand: mean (2024, 11.33); slope = Σdx·dy / Σdx² = (2.33 + 1.67) / 2 = 2; the line passes through the mean.
        var trend = Trend.Fit([(2023, 9), (2024, 12), (2025, 13)]);

        Assert.Equal(2, trend.Slope, 9);
        Assert.Equal(11.333333333, trend.At(2024), 6);
    }

    [Fact]
    public void Fit_OnePoint_IsFlat()
    {
        var trend = Trend.Fit([(2025, 7)]);

        Assert.Equal(0, trend.Slope);
        Assert.Equal(7, trend.At(2028));
    }
}
