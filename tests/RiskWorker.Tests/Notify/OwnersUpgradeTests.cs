using Dapper;
using Microsoft.Data.Sqlite;
using RiskWorker.Owners;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify;

/// <summary>A database made by an earlier worker, whose owners table allowed three languages, upgraded in place.</summary>
public sealed class OwnersUpgradeTests
{
    [Fact]
    public async Task GetAllAsync_VersionFiveDatabaseWithOwners_KeepsThemAndTheirRolesAndTakesAnyLanguage()
    {
        using var temp = new TempDirectory();
        var (_, set) = await PseudoRegister.MakeAsync(temp);
        using var world = new NotifyWorld(set);
        await CreateVersionFiveAsync(world.DatabasePath);
        var owners = world.Get<IOwnerStore>();

        var upgraded = await owners.GetAllAsync(default);
        await owners.ReplaceAllAsync([.. upgraded, new Owner("Q", "q@example.org", RiskEngine.Testing.PseudoLanguage.Code, ["deans"])], default);

        Assert.Equal([("a@example.org", "ru", "deans|rectorate"), ("b@example.org", "en", "hr-office")], upgraded.Select(o => (o.Email, o.Language, string.Join('|', o.Roles))));
        Assert.Equal(["a@example.org", "b@example.org", "q@example.org"], (await owners.GetAllAsync(default)).Select(o => o.Email));
        await using var db = new SqliteConnection($"Data Source={world.DatabasePath};Pooling=false");
        Assert.Equal(6L, await db.ExecuteScalarAsync<long>("SELECT max(version) FROM schema_version WHERE module = 'worker'"));
    }

    private static async Task CreateVersionFiveAsync(string path)
    {
        await using var db = new SqliteConnection($"Data Source={path};Pooling=false");
        await db.OpenAsync();
        await db.ExecuteAsync("CREATE TABLE schema_version (module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (module, version));");
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "RiskWorker", "Storage", "Schema"), "00?_*.sql").Order(StringComparer.Ordinal).Take(5).ToList();
        foreach (var (script, version) in scripts.Select((s, i) => (s, i + 1)))
        {
            await db.ExecuteAsync(await File.ReadAllTextAsync(script));
            await db.ExecuteAsync("INSERT INTO schema_version VALUES ('worker', @version, '2026-11-01T00:00:00Z')", new { version });
        }

        await db.ExecuteAsync("""
            INSERT INTO owners (email, name, language) VALUES ('a@example.org', 'A', 'ru'), ('b@example.org', 'B', 'en');
            INSERT INTO owner_roles (email, role) VALUES ('a@example.org', 'rectorate'), ('a@example.org', 'deans'), ('b@example.org', 'hr-office');
            """);
        SqliteConnection.ClearAllPools();
    }
}
