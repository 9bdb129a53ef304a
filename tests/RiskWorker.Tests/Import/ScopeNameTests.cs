using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

/// <summary>A faculty's name per language, from a <c>scopes import</c> file's <c>name:&lt;lang&gt;</c> columns or the <c>Scopes</c> setting.</summary>
public sealed class ScopeNameTests
{
    [Fact]
    public async Task Import_NameColumnsPerLanguage_StoredPerLanguageAndFallingBackToTheDefault()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("scopes.csv"),
        [
            "code;аталышы;name:ru;name_en;kind",
            "FIT;Маалыматтык технологиялар факультети;Факультет информационных технологий;Faculty of IT;faculty",
            "GEO;Геология факультети;;;faculty",
        ]);

        await h.ImportScopesAsync(file);

        var stored = (await h.Services.GetRequiredService<IScopeStore>().GetAllAsync()).ToDictionary(s => s.Code);
        Assert.Equal(
            ("Маалыматтык технологиялар факультети", "Факультет информационных технологий", "Faculty of IT"),
            (stored["FIT"].Name.Get("ky"), stored["FIT"].Name.Get("ru"), stored["FIT"].Name.Get("en")));
        Assert.Equal(new ScopeInfo("GEO", "Геология факультети"), stored["GEO"]);
    }

    [Fact]
    public async Task Import_OnlyAnotherLanguagesName_RefusedForTheMissingDefaultName()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("scopes.csv"), ["code;name;name:ru", "FIT;;Факультет ИТ"]);

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportScopesAsync(file));

        Assert.Equal("scopes.csv: line 2, column 2 (name): no name", Assert.Single(refused.Errors).ToString());
    }

    [Fact]
    public void Read_ConfiguredNamePerLanguage_GivesEachLanguagesName()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scopes:0:Code"] = "FIT", ["Scopes:0:Name:ky"] = "МТФ", ["Scopes:0:Name:ru"] = "ФИТ",
            ["Scopes:1:Code"] = "IECO", ["Scopes:1:Name"] = "Экономика институту", ["Scopes:1:Name:en"] = "Institute of Economics",
        }).Build();

        var scopes = ConfiguredScopes.Read(configuration, ShippedRegister.Value);

        Assert.Equal(("МТФ", "ФИТ", "МТФ"), (scopes[0].Name.Get("ky"), scopes[0].Name.Get("ru"), scopes[0].Name.Get("en")));
        Assert.Equal(("Экономика институту", "Экономика институту", "Institute of Economics"), (scopes[1].Name.Get("ky"), scopes[1].Name.Get("ru"), scopes[1].Name.Get("en")));
    }

    [Fact]
    public void Read_ConfiguredNameInALanguageNotOffered_RefusedNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scopes:0:Code"] = "FIT", ["Scopes:0:Name:de"] = "Fakultät IT",
        }).Build();

        var refused = Assert.Throws<OptionsValidationException>(() => ConfiguredScopes.Read(configuration, ShippedRegister.Value));

        Assert.Contains("Scopes:0:Name:de", Assert.Single(refused.Failures), StringComparison.Ordinal);
    }
}
