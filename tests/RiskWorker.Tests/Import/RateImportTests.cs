using System.Text.Json.Nodes;
using RiskEngine;
using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

public sealed class RateImportTests
{
    [Theory]
    [InlineData("0,125")]
    [InlineData("0.125")]
    public async Task ImportIndicators_RateOfAnEighth_StoredAsARate(string written)
    {
        using var temp = new TempDirectory();
        var (rules, code) = WithUnitKind(temp, "rate");
        using var h = new ImportHarness(rules: rules);
        var file = Corpus.Csv(h.Temp.File("rates.csv"), ["indicator;period;value", $"{code};2025;{written}"]);

        await h.ImportIndicatorsAsync(file);

        Assert.Equal(0.125, Assert.Single(await h.Observations.GetAllAsync(), o => o.Indicator == code).Value);
    }

    [Fact]
    public async Task ImportIndicators_SameTextForACount_RefusedAsAmbiguous()
    {
        using var temp = new TempDirectory();
        var (rules, code) = WithUnitKind(temp, "count");
        using var h = new ImportHarness(rules: rules);
        var file = Corpus.Csv(h.Temp.File("counts.csv"), ["indicator;period;value", $"{code};2025;0,125"]);

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(file));

        Assert.Contains("is ambiguous", ex.Report(null), StringComparison.Ordinal);
    }

    // A copied register declaring "per-staff" of the given kind, and its first count indicator measured in it.
    private static (string Rules, string Indicator) WithUnitKind(TempDirectory temp, string kind)
    {
        var rules = RulesCopy.Of(temp);
        var unitsPath = Path.Combine(rules, "units.json");
        var units = JsonNode.Parse(File.ReadAllText(unitsPath))!.AsArray();
        units.Add(new JsonObject
        {
            ["code"] = "per-staff", ["kind"] = kind, ["decimals"] = 3, ["min"] = 0,
            ["name"] = new JsonObject { ["ky"] = "бир кызматкерге", ["ru"] = "на сотрудника", ["en"] = "per staff member" },
        });
        File.WriteAllText(unitsPath, units.ToJsonString());
        var indicatorsPath = Path.Combine(rules, "indicators.json");
        var indicators = JsonNode.Parse(File.ReadAllText(indicatorsPath))!.AsArray();
        var indicator = indicators.First(i => i!["unit"]!.GetValue<string>() == "count")!;
        indicator["unit"] = "per-staff";
        File.WriteAllText(indicatorsPath, indicators.ToJsonString());
        return (rules, indicator["code"]!.GetValue<string>());
    }
}
