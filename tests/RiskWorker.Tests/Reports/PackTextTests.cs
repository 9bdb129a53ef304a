using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

public sealed class PackTextTests
{
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
        using var services = new ServiceCollection().AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (temp.File("x.db"), RepoPaths.Rules)).BuildServiceProvider();
        return new PackText(language, services.GetRequiredService<IRiskRegister>(), new Dictionary<string, string> { ["FENG"] = facultyName });
    }
}
