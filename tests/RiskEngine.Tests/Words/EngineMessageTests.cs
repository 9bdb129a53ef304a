using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Words;

/// <summary>The engine's errors are word keys: rendered in the reader's language from a catalogue, English in messages and logs.</summary>
public sealed class EngineMessageTests
{
    [Theory]
    [InlineData("ru", "Набор правил отклонён (1 ошибка):", "rules/2.1.json: правило «{0}»: неизвестный показатель «NO_SUCH_INDICATOR»")]
    [InlineData("ky", "Эрежелер топтому четке кагылды (1 ката):", "rules/2.1.json: эреже «{0}»: белгисиз көрсөткүч «NO_SUCH_INDICATOR»")]
    [InlineData("en", "The rule set was refused (1 error):", "rules/2.1.json: rule '{0}': unknown indicator 'NO_SUCH_INDICATOR'")]
    public async Task Describe_RefusedRuleInRegistersLanguage_NamesFileAndRuleInThatLanguage(string language, string heading, string line)
    {
        var (ex, rule) = await RefusedAsync();
        var words = (await RuleSetLoader.LoadAsync(RepoPaths.Rules)).Words.For(language);

        var text = ex.Describe(words);

        Assert.Equal([heading, "  " + string.Format(System.Globalization.CultureInfo.InvariantCulture, line, rule)], text.Split(Environment.NewLine));
    }

    [Fact]
    public async Task Message_RefusedRule_StaysEnglish()
    {
        var (ex, rule) = await RefusedAsync();

        Assert.Equal($"The rule set was refused (1 error):{Environment.NewLine}  rules/2.1.json: rule '{rule}': unknown indicator 'NO_SUCH_INDICATOR'", ex.Message);
        Assert.Equal("unknown indicator 'NO_SUCH_INDICATOR'", Assert.Single(ex.Errors).Reason);
    }

    [Theory]
    [InlineData("ru", "Отклонено 2 наблюдения; ничего не записано:", "  №1 показатель: неизвестный показатель «NOPE»", "  №2 период: «2025-13» — ни год (2025), ни дата (2025-06-30)")]
    [InlineData("ky", "2 байкоо четке кагылды; эч нерсе жазылган жок:", "  №1 көрсөткүч: белгисиз көрсөткүч «NOPE»", "  №2 мезгил: «2025-13» жыл да (2025), дата да (2025-06-30) эмес")]
    public void Describe_RefusedObservations_EveryLineInTheLanguage(string language, params string[] lines)
    {
        var ex = new ObservationValidationException([
            new ObservationError(0, "indicator", EngineMessage.Of("error.observation.unknown-indicator", ("code", "NOPE"))),
            new ObservationError(1, "period", EngineMessage.Of("error.observation.period", ("period", "2025-13"))),
        ]);

        Assert.Equal(lines, ex.Describe(EngineWords.Shipped([]).For(language)).Split(Environment.NewLine));
        Assert.StartsWith("2 observations refused; nothing was written:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RegisterMismatchInRussian_NamesBothRegisters()
    {
        var ex = new RegisterMismatchException("oshtu", "kstu", "r.db");

        Assert.Equal("База данных r.db принадлежит реестру «oshtu», а папка правил — реестр «kstu»: используйте правила этого реестра или другую базу данных.",
            ex.Describe(EngineWords.Shipped([]).For("ru")));
        Assert.StartsWith("The database r.db belongs to register 'oshtu'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RuleExecutionInKyrgyz_NamesFileRuleAndCondition()
    {
        var ex = new RuleExecutionException("r1", "rules/1.1.json", "ind.Value / 0 > 1", "Attempted to divide by zero.");

        Assert.Equal("rules/1.1.json: «r1» эрежеси ката менен аяктады: Attempted to divide by zero. (шарт: ind.Value / 0 > 1)",
            ex.Describe(EngineWords.Shipped([]).For("ky")));
        Assert.Equal("rules/1.1.json: rule 'r1' failed: Attempted to divide by zero. (condition: ind.Value / 0 > 1)", ex.Message);
    }

    [Fact]
    public void Shipped_NoAssemblies_OffersTheEnginesLanguagesEnglishFirst() =>
        Assert.Equal(["en", "ky", "ru"], EngineWords.Shipped([]).Languages);

    private static async Task<(RuleSetException Error, string Rule)> RefusedAsync()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, "rules", "2.1.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = node["rules"]![0]!;
        rule["indicator"] = "NO_SUCH_INDICATOR";
        File.WriteAllText(path, node.ToJsonString());
        return (await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules)), rule["id"]!.GetValue<string>());
    }
}
