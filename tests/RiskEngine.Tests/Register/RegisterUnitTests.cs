using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

public sealed class RegisterUnitTests
{
    [Fact]
    public void Units_ShippedRegister_DeclaresOshTusSixUnitsWithTheirKinds()
    {
        var units = SharedRuleSet.Value.Units.ToDictionary(u => u.Code, u => u.Kind);

        Assert.Equal(
            new Dictionary<string, UnitKind>
            {
                ["%"] = UnitKind.Percent, ["count"] = UnitKind.Count, ["ratio"] = UnitKind.Ratio,
                ["som"] = UnitKind.Amount, ["years"] = UnitKind.Duration, ["days"] = UnitKind.Duration,
            },
            units);
        Assert.All(SharedRuleSet.Value.Indicators, i => Assert.Same(SharedRuleSet.Value.FindUnit(i.Unit), i.Measure));
    }

    [Fact]
    public async Task LoadAsync_UnitDeclaredInACopiedRegister_LoadsTheIndicatorInIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        AddUnit(rules, "persons", "count", symbol: "чел.");
        var code = EditIndicator(rules, i => i["unit"] = "persons");

        var register = await RuleSetLoader.LoadAsync(rules);

        var indicator = register.FindIndicator(code)!;
        Assert.Equal(("persons", UnitKind.Count, "чел."), (indicator.Unit, indicator.Measure.Kind, indicator.Measure.SymbolIn("ru")));
    }

    [Fact]
    public async Task LoadAsync_UndeclaredUnit_RefusesNamingFileIndicatorAndUnit()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var code = EditIndicator(rules, i => i["unit"] = "persons");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal($"indicators.json: indicator '{code}': unit 'persons' is not declared in units.json (%, count, ratio, som, years, days)", Assert.Single(ex.Errors).ToString());
    }

    [Theory]
    [InlineData("speed", "kind must be one of percent, count, amount, ratio, rate, duration, not 'speed'")]
    [InlineData("percent", "a percent unit is percent points: min 0 and max 100")]
    public async Task LoadAsync_BadUnit_RefusesNamingFileAndUnit(string kind, string reason)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        AddUnit(rules, "pp", kind, symbol: null);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal($"units.json: unit 'pp': {reason}", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void Problem_RateWithUpperBound_RefusesAboveItAndAcceptsAFraction()
    {
        var rate = new MeasureUnit("per-staff", UnitKind.Rate, LocalizedText.Of(("ky", "x"), ("ru", "x"), ("en", "x")), null, 3, 0, 10);

        Assert.Null(rate.Problem(0.125));
        Assert.Equal("12 is above 10, the most a value in 'per-staff' can be", rate.Problem(12)?.ToString());
    }

    private static void AddUnit(string rules, string code, string kind, string? symbol)
    {
        var path = Path.Combine(rules, "units.json");
        var units = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var unit = new JsonObject
        {
            ["code"] = code, ["kind"] = kind, ["decimals"] = 0, ["min"] = 0,
            ["name"] = new JsonObject { ["ky"] = code, ["ru"] = code, ["en"] = code },
        };
        if (symbol is not null) unit["symbol"] = new JsonObject { ["ky"] = symbol, ["ru"] = symbol, ["en"] = symbol };
        units.Add(unit);
        File.WriteAllText(path, units.ToJsonString());
    }

    // The first count indicator: a unit change keeps its targets valid.
    private static string EditIndicator(string rules, Action<JsonNode> change)
    {
        var path = Path.Combine(rules, "indicators.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var item = node.First(i => i!["unit"]!.GetValue<string>() == "count")!;
        change(item);
        File.WriteAllText(path, node.ToJsonString());
        return item["code"]!.GetValue<string>();
    }
}
