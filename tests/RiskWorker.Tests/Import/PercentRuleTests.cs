using RiskEngine;
using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

public sealed class PercentRuleTests
{
    private static Indicator Percent(params double[] targets) => new(
        "X", LocalizedText.Of(("ky", "x"), ("ru", "x"), ("en", "x")), "%", IndicatorDirection.Higher, 2022, null,
        targets.Select((t, i) => (t, i)).ToDictionary(p => 2025 + p.i, p => p.t), ReportingFrequency.Annual, "rectorate", 1, true)
    {
        Measure = ShippedRegister.Value.FindUnit("%")!,
    };

    [Theory]
    [InlineData(0.45, true)]
    [InlineData(0.999, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(45, false)]
    public void IsAmbiguous_TargetsAtLeastOnePercent_RefusesOnlyFractions(double value, bool ambiguous) =>
        Assert.Equal(ambiguous, PercentRule.IsAmbiguous(Percent(15, 50), value));

    [Fact]
    public void IsAmbiguous_IndicatorWithTargetBelowOnePercent_AcceptsFractions() =>
        Assert.False(PercentRule.IsAmbiguous(Percent(0.5), 0.45));

    [Fact]
    public void Explain_DecimalComma_SuggestsBothReadings()
    {
        var text = PercentRule.Explain(Percent(50), "0,45", ShippedRegister.Value.Words.For("en"));

        Assert.Contains("write 45 if you mean 45 %", text, StringComparison.Ordinal);
        Assert.Contains("'0,45%'", text, StringComparison.Ordinal);
    }
}
