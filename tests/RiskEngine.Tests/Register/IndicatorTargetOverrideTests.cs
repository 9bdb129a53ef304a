using RiskEngine.Facts;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

public sealed class IndicatorTargetOverrideTests
{
    private const string OfficeSet = "HR_DEGREE_SHARE";

    [Fact]
    public async Task LoadAsync_OfficeSetTargetConfigured_ReplacesTargetInForceAndVersion()
    {
        var catalogue = SharedRuleSet.Value.FindIndicator(OfficeSet)!;
        Assert.False(catalogue.SourceTarget);
        Assert.NotEqual(44, TargetSchedule.InForce(catalogue, 2026));

        var set = await RuleSetLoader.LoadAsync(RepoPaths.Rules, Targets(OfficeSet, ("2026", 44), ("2028", 55)));

        var configured = set.FindIndicator(OfficeSet)!;
        Assert.Equal(44, TargetSchedule.InForce(configured, 2026));
        Assert.Equal(55, configured.Targets[2028]);
        Assert.Equal(catalogue.Targets[2025], configured.Targets[2025]);
        Assert.NotEqual(SharedRuleSet.Value.Version, set.Version);
        Assert.Matches("^[0-9a-f]{12}$", set.Version);
    }

    [Fact]
    public async Task LoadAsync_DifferentConfiguredValue_GivesDifferentVersion()
    {
        var a = await RuleSetLoader.LoadAsync(RepoPaths.Rules, Targets(OfficeSet, ("2026", 44)));
        var b = await RuleSetLoader.LoadAsync(RepoPaths.Rules, Targets(OfficeSet, ("2026", 45)));
        var none = await RuleSetLoader.LoadAsync(RepoPaths.Rules, Targets(OfficeSet));

        Assert.NotEqual(a.Version, b.Version);
        Assert.Equal(SharedRuleSet.Value.Version, none.Version);
    }

    [Theory]
    [InlineData("NO_SUCH_INDICATOR", "2026", 50, "unknown indicator 'NO_SUCH_INDICATOR'")]
    [InlineData("EDU_INTL_ACCREDITED", "2026", 50, "has a source target (indicators.json, source line 235): only office-set targets")]
    [InlineData(OfficeSet, "20x6", 50, "'20x6' is not a year")]
    [InlineData(OfficeSet, "1850", 50, "'1850' is not a year")]
    [InlineData(OfficeSet, "2026", double.NaN, "2026: NaN is not a finite number")]
    [InlineData(OfficeSet, "2026", double.PositiveInfinity, "is not a finite number")]
    [InlineData(OfficeSet, "2026", 150, "2026: 150 is not a percentage from 0 to 100")]
    [InlineData(OfficeSet, "2026", -1, "2026: -1 is not a percentage from 0 to 100")]
    [InlineData("RES_PUBLICATIONS", "2026", -5, "2026: -5 is negative, and a value in 'count' cannot be")]
    public async Task LoadAsync_BadConfiguredTarget_RefusesNamingTheKeyAndReason(string code, string year, double value, string reason)
    {
        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(RepoPaths.Rules, Targets(code, (year, value))));

        var error = Assert.Single(ex.Errors);
        Assert.Equal($"RiskEngine:IndicatorTargets:{code}", error.File);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains($"RiskEngine:IndicatorTargets:{code}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_CountIndicatorAbove100_IsAccepted()
    {
        var set = await RuleSetLoader.LoadAsync(RepoPaths.Rules, Targets("RES_PUBLICATIONS", ("2026", 120)));

        Assert.Equal(120, set.FindIndicator("RES_PUBLICATIONS")!.Targets[2026]);
    }

    private static Dictionary<string, Dictionary<string, double>> Targets(string code, params (string Year, double Value)[] years) =>
        new() { [code] = years.ToDictionary(y => y.Year, y => y.Value) };
}
