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
        var text = new PackText("en", ShippedRegister.Value, new Dictionary<string, LocalizedText>());
        var indicator = text.Register.Indicators[0];

        Assert.Equal(indicator.Name.Get("en"), text.Indicator(indicator.Code));
        Assert.NotEqual(indicator.Code, text.Indicator(indicator.Code));
    }

    [Theory]
    [InlineData("ky", "Инженердик факультет")]
    [InlineData("ru", "Инженерный факультет")]
    [InlineData("en", "Faculty of Engineering")]
    public async Task Scope_StoredNamesPerLanguageAndAnOldPlainName_EachInThePackLanguage(string language, string engineering)
    {
        using var temp = new TempDirectory();
        await using var services = new ServiceCollection().AddWorkerEngine(o => (o.DatabasePath, o.RulesDirectory) = (temp.File("x.db"), RepoPaths.Rules)).BuildServiceProvider();
        var store = services.GetRequiredService<IScopeStore>();
        await store.UpsertAsync([
            new ScopeInfo("FENG", LocalizedText.Of(("ky", "Инженердик факультет"), ("ru", "Инженерный факультет"), ("en", "Faculty of Engineering"))),
            new ScopeInfo("OLD", "Эски факультет"),
        ]);

        var names = (await store.GetAllAsync()).ToDictionary(s => s.Code, s => s.Name);
        var text = new PackText(language, services.GetRequiredService<IRiskRegister>(), names);

        Assert.Equal(engineering, text.Scope("FENG"));
        Assert.Equal("Эски факультет", text.Scope("OLD"));
        Assert.Equal(text.Register.Identity.InstitutionShort.Get(language), text.Scope(Scopes.University));
    }
}
