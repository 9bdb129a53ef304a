using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RiskEngine.Rules;
using RiskEngine.Storage;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>A database records the register it belongs to on first use and is refused to any other, on both stores.</summary>
public sealed class RegisterOwnershipTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task OpenAsync_AnotherRegister_ThrowsNamingBoth(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path, "engine.db");
        await OpenAsync(database.Setting, SharedRuleSet.Value);
        var other = await OtherRegisterAsync(temp);

        var ex = await Assert.ThrowsAsync<RegisterMismatchException>(() => OpenAsync(database.Setting, other));

        Assert.Equal(("oshtu-risk-plan-2023-2028", "other-university-2025"), (ex.DatabaseRegister, ex.RulesRegister));
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task OpenAsync_SameRegisterAgain_Opens(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path, "engine.db");
        await OpenAsync(database.Setting, SharedRuleSet.Value);

        await OpenAsync(database.Setting, SharedRuleSet.Value);
    }

    private static async Task OpenAsync(string setting, IRiskRegister register)
    {
        var db = new EngineDatabase(Options.Create(new RiskEngineOptions { DatabasePath = setting }), register, TimeProvider.System);
        await (await db.OpenAsync(CancellationToken.None)).DisposeAsync();
    }

    private static async Task<IRiskRegister> OtherRegisterAsync(TempDirectory temp)
    {
        var rules = temp.CopyRules();
        var path = Path.Combine(rules, "register.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        node["id"] = "other-university-2025";
        File.WriteAllText(path, node.ToJsonString());
        return await RuleSetLoader.LoadAsync(rules);
    }
}
