using System.Text.Json.Nodes;
using RiskEngine.Rules;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Register;

public sealed class RegisterIdentityTests
{
    [Fact]
    public void Identity_ShippedRegister_NamesItsInstitutionPlanSourceZoneAndFallbackOffice()
    {
        var identity = SharedRuleSet.Value.Identity;

        Assert.Equal("oshtu-risk-plan-2023-2028", identity.Id);
        Assert.Equal("OshTU", identity.InstitutionShort.Get("en"));
        Assert.Equal("2023–2028", identity.Plan.Period);
        Assert.Equal("004_8e9e4308960b820f.txt", identity.Plan.SourceFile);
        Assert.Equal(["ky", "ru", "en"], identity.Languages);
        Assert.Equal("ky", identity.DefaultLanguage);
        Assert.Equal("Asia/Bishkek", identity.TimeZone.Id);
        Assert.NotNull(SharedRuleSet.Value.FindOffice(identity.FallbackOffice));
    }

    [Fact]
    public void Today_LateEveningUtc_IsTheNextDayInTheRegistersZone()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 11, 24), SharedRuleSet.Value.Identity.Today(clock));
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus", "register.json: timeZone 'Mars/Olympus' is not a time zone known to this machine")]
    [InlineData("fallbackOffice", "nobody-office", "register.json: fallbackOffice 'nobody-office' is not an office of offices.json")]
    [InlineData("id", "OshTU Register", "register.json: id must be lower-case letters, digits, '.' and '-'")]
    [InlineData("defaultLanguage", "uz", "register.json: defaultLanguage 'uz' is not one of languages")]
    public async Task LoadAsync_BadRegisterField_RefusesNamingFileAndField(string field, string value, string expected)
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        Edit(rules, "register.json", r => r[field] = value);

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.StartsWith(expected, Assert.Single(ex.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingInstitutionTranslation_RefusesNamingTheField()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        Edit(rules, "register.json", r => r["institution"]!["shortName"]!.AsObject().Remove("ru"));

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal("register.json: institution.shortName: missing translation (ru)", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public async Task LoadAsync_UnknownRegisterKey_RefusedAsStrictJson()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        Edit(rules, "register.json", r => r["sourceFile"] = "x.txt");

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Contains("register.json: invalid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sourceFile", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_NoRegisterFile_RefusesNamingIt()
    {
        using var temp = new TempDirectory();
        var rules = temp.CopyRules();
        File.Delete(Path.Combine(rules, "register.json"));

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(rules));

        Assert.Equal("register.json: file is missing", Assert.Single(ex.Errors).ToString());
    }

    private static void Edit(string rules, string file, Action<JsonNode> change)
    {
        var path = Path.Combine(rules, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }
}
