using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

public sealed class PackTextTests
{
    [Theory]
    [InlineData("ky", "Инженердик факультет")]
    [InlineData("en", "Engineering faculty")]
    public void Reason_TextLedByTheScopeCode_LedByTheScopeNameInstead(string language, string name)
    {
        var text = Text(language, name);

        Assert.Equal(name + ": 12% against 30%", text.Reason(Reason("FENG", "FENG: 12% against 30%")));
        Assert.Equal("FENGX: 12%", text.Reason(Reason("FENG", "FENGX: 12%")));
        Assert.Equal("Below target in FENG: 12%", text.Reason(Reason("FENG", "Below target in FENG: 12%")));
    }

    [Fact]
    public void Indicator_KnownCode_NameInThePackLanguage()
    {
        var text = Text("en", "x");
        var indicator = text.Register.Indicators[0];

        Assert.Equal(indicator.Name.Get("en"), text.Indicator(indicator.Code));
        Assert.NotEqual(indicator.Code, text.Indicator(indicator.Code));
    }

    private static PackText Text(string language, string facultyName)
    {
        using var temp = new TempDirectory();
        using var services = new ServiceCollection().AddRiskEngine(o => (o.DatabasePath, o.RulesDirectory) = (temp.File("x.db"), RepoPaths.Rules)).BuildServiceProvider();
        return new PackText(language, services.GetRequiredService<IRiskRegister>(), new Dictionary<string, string> { ["FENG"] = facultyName });
    }

    private static Reason Reason(string scope, string text) =>
        new("1.1.x", "X", scope, 12, 30, -18, RatingSide.Likelihood, 4, 10, new LocalizedText(text, text, text));
}
