using System.Text;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

public sealed class OwnerImportTests
{
    private static readonly Owner Existing = new("Existing Person", "existing@example.org", "ru", ["rectorate"]);

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ImportAsync_GoodCsv_StoresEveryoneWithRolesAndKyrgyzByDefault(TestStore store)
    {
        using var world = new NotifyWorld(store: store);
        using var temp = new TempDirectory();
        var file = Write(temp, "owners.csv", """
            name,email,language,roles
            Айбек Осмонов,vr@example.org,,vice-rector-academic
            "Petrova, Elena",finance@example.org,RU,financial-planning-office|rectorate
            Dean One,dean1@example.org,en,deans
            """);

        await world.Get<OwnerImporter>().ImportAsync(file, default);

        var stored = await world.Get<IOwnerStore>().GetAllAsync(default);
        Assert.Equal(["dean1@example.org", "finance@example.org", "vr@example.org"], stored.Select(o => o.Email));
        var finance = stored.Single(o => o.Email == "finance@example.org");
        Assert.Equal(("Petrova, Elena", "ru"), (finance.Name, finance.Language));
        Assert.Equal(["financial-planning-office", "rectorate"], finance.Roles);
        Assert.Equal("ky", stored.Single(o => o.Email == "vr@example.org").Language);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ImportAsync_LanguageTheRegisterAdds_IsStoredForTheOwner(TestStore store)
    {
        using var temp = new TempDirectory();
        var (_, set) = await PseudoRegister.MakeAsync(temp);
        using var world = new NotifyWorld(set, store);
        var file = Write(temp, "owners.csv", $"""
            name,email,language,roles
            Dean One,dean1@example.org,{RiskEngine.Testing.PseudoLanguage.Code},deans
            """);

        await world.Get<OwnerImporter>().ImportAsync(file, default);

        var stored = Assert.Single(await world.Get<IOwnerStore>().GetAllAsync(default));
        Assert.Equal(RiskEngine.Testing.PseudoLanguage.Code, stored.Language);
        Assert.Equal(["deans"], stored.Roles);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ImportAsync_SemicolonExcelExportWithBom_IsRead(TestStore store)
    {
        using var world = new NotifyWorld(store: store);
        using var temp = new TempDirectory();
        var file = temp.File("owners.csv");
        await File.WriteAllTextAsync(file, "Name;Email;Language;Roles\r\nАсель Бекова;hr@example.org;ky;hr-office, deans\r\n", new UTF8Encoding(true));

        await world.Get<OwnerImporter>().ImportAsync(file, default);

        var owner = Assert.Single(await world.Get<IOwnerStore>().GetAllAsync(default));
        Assert.Equal("Асель Бекова", owner.Name);
        Assert.Equal(["deans", "hr-office"], owner.Roles);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ImportAsync_GoodJson_StoresEveryone(TestStore store)
    {
        using var world = new NotifyWorld(store: store);
        using var temp = new TempDirectory();
        var file = Write(temp, "owners.json", """
            [
              { "name": "Айбек Осмонов", "email": "vr@example.org", "roles": ["vice-rector-academic"] },
              { "name": "Dean One", "email": "dean1@example.org", "language": "en", "roles": ["deans", "hr-office"] }
            ]
            """);

        await world.Get<OwnerImporter>().ImportAsync(file, default);

        var stored = await world.Get<IOwnerStore>().GetAllAsync(default);
        Assert.Equal([("dean1@example.org", "en", 2), ("vr@example.org", "ky", 1)], stored.Select(o => (o.Email, o.Language, o.Roles.Count)));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ImportAsync_BadCsv_NamesFileAndLineOfEveryErrorAndWritesNothing(TestStore store)
    {
        using var world = new NotifyWorld(store: store);
        await world.OwnersAsync(Existing);
        using var temp = new TempDirectory();
        var file = Write(temp, "bad.csv", """
            name,email,language,roles
            Good Person,good@example.org,ky,deans

            Bad Email,not-an-address,ky,deans
            Bad Role,role@example.org,ky,deens
            Bad Language,lang@example.org,de,deans
            Twice,GOOD@example.org,ky,deans
            """);

        var ex = await Assert.ThrowsAsync<OwnerImportException>(() => world.Get<OwnerImporter>().ImportAsync(file, default));

        Assert.Equal(
        [
            "bad.csv:4: 'not-an-address' is not an email address",
            "bad.csv:5: unknown role 'deens' (roles are the office codes of rules/offices.json)",
            "bad.csv:6: unknown language 'de' (the register offers ky, ru, en)",
            "bad.csv:7: duplicate email GOOD@example.org (first on line 2)",
        ], ex.Errors.Select(e => e.In(ShippedRegister.English)));
        Assert.Equal([Existing], await world.Get<IOwnerStore>().GetAllAsync(default), OwnerComparer.Instance);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task ImportAsync_BadJson_NamesTheLineWhereThePersonStarts(TestStore store)
    {
        using var world = new NotifyWorld(store: store);
        using var temp = new TempDirectory();
        var file = Write(temp, "owners.json", """
            [
              { "name": "Ok", "email": "ok@example.org", "roles": ["deans"] },
              {
                "name": "Nobody's role",
                "email": "x@example.org",
                "roles": ["no-such-office"]
              }
            ]
            """);

        var ex = await Assert.ThrowsAsync<OwnerImportException>(() => world.Get<OwnerImporter>().ImportAsync(file, default));

        Assert.Equal("owners.json:3: unknown role 'no-such-office' (roles are the office codes of rules/offices.json)", Assert.Single(ex.Errors).In(ShippedRegister.English));
        Assert.Empty(await world.Get<IOwnerStore>().GetAllAsync(default));
    }

    [Fact]
    public async Task OwnersImport_CommandLineBadFile_ExitsTwoNamingLineAndKeepsTheStoredList()
    {
        using var temp = new TempDirectory();
        var db = temp.File("r.db");
        var good = Write(temp, "good.csv", "name,email,language,roles\nDean One,dean1@example.org,en,deans\n");
        var bad = Write(temp, "bad.csv", "name,email,language,roles\nDean Two,dean2@example.org,en,deans\nBroken,broken@,ky,deans\n");
        var imported = await WorkerProcess.RunAsync(temp.Path, "owners", "import", good, "--db", db, "--rules", RepoPaths.Rules);
        Assert.True(imported.ExitCode == 0, imported.ToString());

        var refused = await WorkerProcess.RunAsync(temp.Path, "owners", "import", bad, "--lang", "en", "--db", db, "--rules", RepoPaths.Rules);
        var list = await WorkerProcess.RunAsync(temp.Path, "owners", "list", "--json", "--db", db, "--rules", RepoPaths.Rules);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("bad.csv:3: 'broken@' is not an email address", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", refused.Error, StringComparison.Ordinal);
        Assert.Contains("dean1@example.org", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("dean2@example.org", list.Out, StringComparison.Ordinal);
    }

    private static string Write(TempDirectory temp, string name, string content)
    {
        var path = temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    private sealed class OwnerComparer : IEqualityComparer<Owner>
    {
        public static readonly OwnerComparer Instance = new();

        public bool Equals(Owner? x, Owner? y) => x is not null && y is not null && x with { Roles = [] } == y with { Roles = [] } && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(Owner obj) => obj.Email.GetHashCode(StringComparison.Ordinal);
    }
}
