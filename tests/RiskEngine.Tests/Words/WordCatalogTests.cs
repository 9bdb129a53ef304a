using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Testing;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Words;

public sealed class WordCatalogTests
{
    [Theory]
    [InlineData("ru", 1, "1 риск")]
    [InlineData("ru", 3, "3 риска")]
    [InlineData("ru", 5, "5 рисков")]
    [InlineData("ru", 11, "11 рисков")]
    [InlineData("ru", 21, "21 риск")]
    [InlineData("ru", 24, "24 риска")]
    [InlineData("en", 1, "1 risk")]
    [InlineData("en", 2, "2 risks")]
    [InlineData("ky", 7, "7 тобокелдик")]
    public async Task Plural_EachLanguagesRule_PicksItsForm(string language, int count, string expected)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        WriteWords(rules, "ky", "ky-KG", "one-other", new JsonObject { ["one"] = "{count} тобокелдик", ["other"] = "{count} тобокелдик" });
        WriteWords(rules, "ru", "ru-RU", "one-few-many", new JsonObject { ["one"] = "{count} риск", ["few"] = "{count} риска", ["many"] = "{count} рисков" });
        WriteWords(rules, "en", "en-GB", "one-other", new JsonObject { ["one"] = "{count} risk", ["other"] = "{count} risks" });

        var words = (await RuleSetLoader.LoadAsync(rules)).Words;

        Assert.Equal(expected, words.For(language).Plural("test.risks", count));
    }

    [Fact]
    public async Task LoadAsync_RussianPluralWithoutFew_RefusesNamingFileAndWord()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        WriteWords(rules, "ru", "ru-RU", "one-few-many", new JsonObject { ["one"] = "{count} риск", ["many"] = "{count} рисков" });

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.File == "words/ru.json" && e.Rule == "test.risks" && e.Reason.Contains("plural forms missing: few", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_WordOnlyInOneLanguage_RefusesNamingTheLanguagesThatLackIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        WriteWords(rules, "ru", "ru-RU", "one-few-many", "только по-русски");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.File == "RiskEngine:Words/ky.json" && e.Reason == "1 word missing in 'ky': test.risks");
        Assert.Contains(ex.Errors, e => e.File == "RiskEngine:Words/en.json" && e.Reason == "1 word missing in 'en': test.risks");
    }

    [Fact]
    public async Task LoadAsync_TranslationWithOtherBlanks_RefusesNamingFileAndWord()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var file = Path.Combine(rules, "words", "ru.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, """{ "culture": "ru-RU", "plural": "one-few-many", "words": { "reason.raised.impact": "влияние повышено до {levle}" } }""");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("words/ru.json", "reason.raised.impact", "blanks {levle} differ from {level} in 'ky'"), (error.File, error.Rule, error.Reason));
    }

    [Fact]
    public async Task LoadAsync_RegisterOffersALanguageWithNoWords_RefusesNamingTheFileToAdd()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var register = JsonNode.Parse(File.ReadAllText(Path.Combine(rules, "register.json")))!;
        register["languages"]!.AsArray().Add("uz");
        File.WriteAllText(Path.Combine(rules, "register.json"), register.ToJsonString());

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.File == "words/uz.json" && e.Reason.StartsWith("no words for 'uz', a language of register.json", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.File == "risks/1.1.json" && e.Reason == "title: missing translation (uz)");
    }

    [Fact]
    public async Task LoadAsync_TextInALanguageTheRegisterDoesNotOffer_RefusesNamingIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var risk = JsonNode.Parse(File.ReadAllText(Path.Combine(rules, "risks", "1.1.json")))!;
        risk["title"]!["kz"] = "Білім сапасының төмендеуі";
        File.WriteAllText(Path.Combine(rules, "risks", "1.1.json"), risk.ToJsonString());

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => (e.File, e.Reason) == ("risks/1.1.json", "title: 'kz' is not a language of register.json (ky, ru, en)"));
    }

    [Fact]
    public async Task EvaluateAsync_LanguageAddedAsData_ExplainsEveryReasonInIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        PseudoLanguage.AddTo(rules);
        var set = await RuleSetLoader.LoadAsync(rules);
        using var engine = new Engine(rules: set);
        await engine.Observations.AddAsync(Observations.ForRisk(set, "2.1", good: false), replace: false);

        var evaluation = await engine.Evaluator.EvaluateAsync(new DateOnly(2026, 11, 23));

        Assert.Equal(["ky", "ru", "en", PseudoLanguage.Code], set.Identity.Languages);
        var reasons = evaluation.Risks.SelectMany(r => r.Scopes).SelectMany(s => s.Reasons).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Matches("^⟦.*⟧", r.Text.Get(PseudoLanguage.Code)));
        Assert.Contains(reasons, r => r.Driver is not null);
    }

    private static void WriteWords(string rules, string language, string culture, string plural, JsonNode word)
    {
        var file = Path.Combine(rules, "words", language + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var words = new JsonObject { ["test.risks"] = word };
        File.WriteAllText(file, new JsonObject { ["culture"] = culture, ["plural"] = plural, ["words"] = words }.ToJsonString());
    }
}
