using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rules;

public sealed class RuleSetLoaderTests
{
    [Fact]
    public async Task LoadAsync_RepositoryRules_Succeeds()
    {
        var set = await RuleSetLoader.LoadAsync(RepoPaths.Rules);

        Assert.Equal(11, set.Risks.Count);
        Assert.Matches("^[0-9a-f]{12}$", set.Version);
    }

    [Theory]
    [InlineData("ind.Value >", "does not parse")]
    [InlineData("ind.GetType().Assembly.FullName.Length > 0", "does not parse: Method 'GetType' on type 'Object' is not accessible")]
    [InlineData("ind.GetType().Assembly.Location != null", "does not parse: Method 'GetType' on type 'Object' is not accessible")]
    [InlineData("ind.GetType() != null", "does not parse: Method 'GetType' on type 'Object' is not accessible")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", "does not parse: Unknown identifier 'System'")]
    [InlineData("\"\".PadLeft(2000000000) != \"\"", "method 'String.PadLeft' is not allowed")]
    [InlineData("new IndicatorFact().HasValue", "does not parse: Using the new operator is not allowed")]
    [InlineData("ind.Code.Length > 3", "member 'String.Length' is not allowed")]
    [InlineData("ind.Nope > 1", "does not parse")]
    public async Task LoadAsync_BadExpression_RefusesNamingFileRuleAndExpression(string expression, string reason)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var ruleName = Mutate(rules, "rules/1.1.json", rule => rule["condition"] = expression);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("rules/1.1.json", error.File);
        Assert.Equal(ruleName, error.Rule);
        Assert.Equal(expression, error.Expression);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains("rules/1.1.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UnknownIndicator_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var ruleName = Mutate(rules, "rules/2.1.json", rule => rule["indicator"] = "NO_SUCH_INDICATOR");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.Rule == ruleName && e.Reason.Contains("unknown indicator 'NO_SUCH_INDICATOR'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_DuplicateRuleId_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var existing = SharedRuleSet.Value.RulesOf("1.1")[0].Id;
        Mutate(rules, "rules/1.2.json", rule => rule["id"] = existing);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.Rule == existing && e.Reason.Contains("duplicate rule id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_MissingTranslation_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var ruleName = Mutate(rules, "rules/3.1.json", rule => rule["text"]!.AsObject().Remove("ru"));

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.Rule == ruleName && e.Reason.Contains("missing translation (ru)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_UnknownRisk_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, "rules", "4.1.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["risk"] = "9.9";
        File.WriteAllText(path, node.ToJsonString());

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.File == "rules/4.1.json" && e.Reason.Contains("'9.9' is not a risk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_ValueOutOfScale_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var ruleName = Mutate(rules, "rules/5.1.json", rule => rule["value"] = 6);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.Rule == ruleName && e.Reason.Contains("from 1 to 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_WarningBelowTheRisksDefault_RefusesSayingItWouldNeverCount()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        // 2.1's first rule is good news (on track, likelihood 2 against the default 4): without 'eases' it is a warning.
        var ruleName = Mutate(rules, "rules/2.1.json", rule => rule.AsObject().Remove("eases"));

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("rules/2.1.json", ruleName), (error.File, error.Rule));
        Assert.Contains("value 2 is below the risk's default likelihood 4 (rules/risks/2.1.json): a warning never lowers a rating", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_EasingRuleNotBelowTheDefault_RefusesSayingItEasesNothing()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var ruleName = Mutate(rules, "rules/2.1.json", rule => rule["value"] = 4);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(ruleName, error.Rule);
        Assert.Contains("not below the risk's default 4 (rules/risks/2.1.json), so it eases nothing", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MisspeltKey_RefusesInsteadOfIgnoring()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        Mutate(rules, "rules/1.1.json", rule =>
        {
            var properties = rule.AsObject();
            var indicator = properties["indicator"]!.DeepClone();
            properties.Remove("indicator");
            properties["indicatr"] = indicator;
        });

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.File == "rules/1.1.json" && e.Reason.Contains("indicatr", StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_ChangedRuleFile_ChangesVersion()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        var before = RuleSetLoader.Hash(rules);

        Mutate(rules, "rules/1.1.json", rule => rule["condition"] = "ind.HasValue");

        Assert.NotEqual(before, RuleSetLoader.Hash(rules));
        Assert.Equal(RuleSetLoader.Hash(RepoPaths.Rules), before);
    }

    private static string Mutate(string rules, string file, Action<JsonNode> change)
    {
        var path = Path.Combine(rules, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var rule = node["rules"]![0]!;
        change(rule);
        File.WriteAllText(path, node.ToJsonString());
        return rule["id"]!.GetValue<string>();
    }
}
