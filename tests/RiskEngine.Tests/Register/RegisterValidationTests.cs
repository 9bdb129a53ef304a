using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

public sealed class RegisterValidationTests
{
    [Theory]
    [InlineData("percent")]
    [InlineData("pct")]
    [InlineData("%%")]
    [InlineData("Count")]
    public async Task LoadAsync_UnknownUnit_RefusesNamingFileIndicatorAndUnit(string unit)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var code = EditArray(rules, "indicators.json", 0, i => i["unit"] = unit);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("indicators.json", code), (error.File, error.Rule));
        Assert.Contains($"indicators.json: indicator '{code}': unit '{unit}' is not declared in units.json (%, count, ratio, som, years, days)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%", "target", 150, "target 2026: 150 is not a percentage from 0 to 100")]
    [InlineData("count", "target", -3, "target 2026: -3 is negative, and a value in 'count' cannot be")]
    [InlineData("%", "baseline", -1, "baseline: -1 is not a percentage from 0 to 100")]
    public async Task LoadAsync_TargetOrBaselineOutsideItsUnit_RefusesNamingTheIndicator(string unit, string field, double value, string reason)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var code = EditArray(rules, "indicators.json", 0, i =>
        {
            i["unit"] = unit;
            if (field == "target") i["targets"]!["2026"] = value;
            else i["baseline"] = new System.Text.Json.Nodes.JsonObject { ["year"] = 2022, ["value"] = value };
        });

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("indicators.json", code), (error.File, error.Rule));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BadCategory_NamesItACategory()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var code = EditArray(rules, "categories.json", 0, c => c["appetite"] = 30);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains($"categories.json: category '{code}': appetite must be a score from 1 to 25", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rule '", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_BadRiskGenericRiskAndIndicator_NameEachByItsKind()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        EditObject(rules, "risks/1.1.json", r => r["owners"] = new JsonArray("NO_SUCH_OFFICE"));
        EditArray(rules, "generic-risks.json", 0, g => g["relatedRisks"] = new JsonArray("9.9"));
        var indicator = EditArray(rules, "indicators.json", 0, i => i["owner"] = "NO_SUCH_OFFICE");
        var office = EditArray(rules, "offices.json", 0, o => o["name"]!.AsObject().Remove("en"));

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains("risks/1.1.json: risk '1.1': unknown office 'NO_SUCH_OFFICE'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("generic-risks.json: generic risk '1': unknown risk '9.9'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"indicators.json: indicator '{indicator}': unknown owner office 'NO_SUCH_OFFICE'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"offices.json: office '{office}': name: missing translation (en)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleSetItemKind.Rule, "rules/1.1.json: rule 'X': duplicate code")]
    [InlineData(RuleSetItemKind.Category, "rules/1.1.json: category 'X': duplicate code")]
    [InlineData(RuleSetItemKind.Office, "rules/1.1.json: office 'X': duplicate code")]
    [InlineData(RuleSetItemKind.Risk, "rules/1.1.json: risk 'X': duplicate code")]
    [InlineData(RuleSetItemKind.GenericRisk, "rules/1.1.json: generic risk 'X': duplicate code")]
    [InlineData(RuleSetItemKind.Indicator, "rules/1.1.json: indicator 'X': duplicate code")]
    public void ToString_Kind_NamesTheItem(RuleSetItemKind kind, string expected) =>
        Assert.Equal(expected, new RuleSetError("rules/1.1.json", "X", EngineMessage.Of("error.register.duplicate-code"), Kind: kind).ToString());

    private static string EditArray(string rules, string file, int index, Action<JsonNode> change)
    {
        var path = Path.Combine(rules, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var item = node[index]!;
        change(item);
        File.WriteAllText(path, node.ToJsonString());
        return item["code"]?.GetValue<string>() ?? "";
    }

    private static void EditObject(string rules, string file, Action<JsonNode> change)
    {
        var path = Path.Combine(rules, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }
}
