using System.Text.Json.Nodes;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

/// <summary>Where the tests that check the register against its source find it: the register's own entry first, then RISKENGINE_SEEDS, then ../shared/seeds.</summary>
public sealed class SourceDocumentsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Find_RegisterNamesAPathThatExists_TakesItBeforeTheOtherPlaces()
    {
        var rules = RulesWithSource("../sources/plan-2023.txt");
        var own = Document("sources", "plan-2023.txt");
        var configured = Document("configured", "plan-2023.txt");
        var shared = Document("shared", "plan-2023.txt");

        Assert.Equal(own, SourceDocuments.Find(rules, FolderOf(configured), FolderOf(shared)));
    }

    [Fact]
    public void Find_EntryNotUnderTheRules_TakesTheVariablesFolderThenTheSharedSeeds()
    {
        var rules = RulesWithSource("plan-2023.txt");
        var configured = Document("configured", "plan-2023.txt");
        var shared = Document("shared", "plan-2023.txt");
        var wrongName = Document("other", "004_another.txt");

        Assert.Equal(configured, SourceDocuments.Find(rules, FolderOf(configured), FolderOf(shared)));
        Assert.Equal(shared, SourceDocuments.Find(rules, null, FolderOf(shared)));
        Assert.Equal(shared, SourceDocuments.Find(rules, _temp.File("nowhere"), FolderOf(shared)));
        Assert.Null(SourceDocuments.Find(rules, FolderOf(wrongName), _temp.File("nowhere")));
    }

    [Fact]
    public void Missing_SkipReason_NamesTheEntryAndEveryPlaceLooked()
    {
        var reason = SourceDocuments.Missing;

        Assert.Contains("'004_8e9e4308960b820f.txt' in rules/register.json", reason, StringComparison.Ordinal);
        Assert.Contains("RISKENGINE_SEEDS", reason, StringComparison.Ordinal);
        Assert.Contains("shared/seeds", reason, StringComparison.Ordinal);
    }

    // A copy of the shipped rules whose register names its source document as given.
    private string RulesWithSource(string entry)
    {
        var rules = _temp.CopyRules();
        var path = Path.Combine(rules, "register.json");
        var register = JsonNode.Parse(File.ReadAllText(path))!;
        register["plan"]!["source"]!["file"] = entry;
        File.WriteAllText(path, register.ToJsonString());
        return rules;
    }

    private static string FolderOf(string file) => Path.GetDirectoryName(file)!;

    private string Document(string folder, string name)
    {
        Directory.CreateDirectory(_temp.File(folder));
        var path = Path.Combine(_temp.File(folder), name);
        File.WriteAllText(path, "illustrative source text\n");
        return path;
    }
}
