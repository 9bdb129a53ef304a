using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

public sealed class NumberTextTests
{
    private static readonly RiskEngine.Words English = ShippedRegister.Value.Words.For("en");

    [Theory]
    [InlineData("45", 45, false)]
    [InlineData("45,5", 45.5, false)]
    [InlineData("45.5", 45.5, false)]
    [InlineData("1\u00A0234,5", 1234.5, false)]
    [InlineData("1\u202F234,5", 1234.5, false)]
    [InlineData("1 234 567", 1234567, false)]
    [InlineData("1.234,5", 1234.5, false)]
    [InlineData("1,234.5", 1234.5, false)]
    [InlineData("1.234.567", 1234567, false)]
    [InlineData("-3,25", -3.25, false)]
    [InlineData("45%", 45, true)]
    [InlineData("45,5 %", 45.5, true)]
    [InlineData("0,45%", 0.45, true)]
    [InlineData("1,5E3", 1500, false)]
    public void TryParse_ExcelNotations_ReadsValue(string text, double expected, bool percent)
    {
        Assert.True(NumberText.TryParse(text, English, out var value, out var sign, out var error), error);
        Assert.Equal(expected, value, 9);
        Assert.Equal(percent, sign);
    }

    [Theory]
    [InlineData("1e400", "not a finite number")]
    [InlineData("-1e400", "not a finite number")]
    [InlineData("∞", "not a number")]
    [InlineData("NaN", "not a finite number")]
    [InlineData("не число", "not a number")]
    [InlineData("12,5,3", "not a number")]
    [InlineData("1.23.4", "not a number")]
    [InlineData("45 штук", "not a number")]
    [InlineData("%", "no number")]
    public void TryParse_NotAFiniteNumber_Refuses(string text, string expected)
    {
        Assert.False(NumberText.TryParse(text, English, out _, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
