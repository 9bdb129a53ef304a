using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rules;

/// <summary>What loading refuses in the links between risks, naming the file and the risk.</summary>
public sealed class RiskLinkLoadTests
{
    [Fact]
    public async Task LoadAsync_RepositoryLinks_RestOnTheCausesTheyName()
    {
        var set = await RuleSetLoader.LoadAsync(RepoPaths.Rules);

        Assert.Contains(set.Links, l => (l.Driver, l.Driven, l.CauseLine) == ("2.1", "4.1", 2862));
        Assert.Contains(set.Links, l => (l.Driver, l.Driven, l.CauseLine) == ("2.1", "6.1", 3097));
        Assert.Contains(set.Links, l => (l.Driver, l.Driven, l.CauseLine) == ("1.2", "1.1", 2284));
        Assert.Contains(set.Links, l => (l.Driver, l.Driven, l.CauseLine) == ("3.2", "1.1", 2272));
        Assert.All(set.Links, l => Assert.Contains(set.FindRisk(l.Driven)!.Causes, c => c.Line == l.CauseLine));
    }

    [Fact]
    public async Task LoadAsync_LinkToUnknownRisk_RefusesNamingIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        AddLink(rules, "4.1", "9.9", 2866);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("risks/4.1.json", "4.1"), (error.File, error.Rule));
        Assert.Contains("unknown risk '9.9'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_LinksFormACycle_RefusesNamingTheRisksInIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        AddLink(rules, "2.1", "4.1", 2510);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("cycle", error.Reason, StringComparison.Ordinal);
        Assert.Matches("(2\\.1 → 4\\.1 → 2\\.1|4\\.1 → 2\\.1 → 4\\.1)", error.Reason);
    }

    [Fact]
    public async Task LoadAsync_LinkOnALineThatIsNoCause_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        AddLink(rules, "4.1", "7.1", 1);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.Rule == "4.1" && e.Reason.Contains("cause 1 is not the line of one of the risk's causes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_SameDriverTwice_Refuses()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        AddLink(rules, "4.1", "2.1", 2866);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains(ex.Errors, e => e.Rule == "4.1" && e.Reason.Contains("risk '2.1' is named twice", StringComparison.Ordinal));
    }

    private static void AddLink(string rules, string driven, string driver, int cause)
    {
        var path = Path.Combine(rules, "risks", $"{driven}.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var links = node["drivenBy"]?.AsArray() ?? [];
        links.Add(new JsonObject { ["risk"] = driver, ["cause"] = cause, ["raises"] = "likelihood", ["by"] = 1, ["from"] = "high" });
        node["drivenBy"] = links.DeepClone();
        File.WriteAllText(path, node.ToJsonString());
    }
}
