using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

public sealed class ScopeImportTests
{
    [Fact]
    public async Task Import_KyrgyzHeaders_AddsThenRenames()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("scopes.csv"), ["Код;Аталышы;Түрү", "FIT;Маалыматтык технологиялар факультети;факультет", "IECO;Экономика институту;институт"], bom: true);
        var renamed = Corpus.Csv(h.Temp.File("scopes2.csv"), ["code,name,kind", "FIT,Faculty of IT,faculty", "KOL,Technical college,college"]);

        var first = await h.ImportScopesAsync(file);
        var second = await h.ImportScopesAsync(renamed);

        Assert.Equal((2, 2, 0), (first.Scopes, first.Added, first.Updated));
        Assert.Equal((2, 1, 1), (second.Scopes, second.Added, second.Updated));
        var stored = await h.Services.GetRequiredService<IScopeStore>().GetAllAsync();
        Assert.Equal([new ScopeInfo("FIT", "Faculty of IT"), new ScopeInfo("IECO", "Экономика институту", "institute"), new ScopeInfo("KOL", "Technical college", "college")], stored);
    }

    [Fact]
    public async Task Import_ObservationForScopeImportedLater_RefusedThenAccepted()
    {
        using var h = new ImportHarness();
        var values = Corpus.Csv(h.Temp.File("values.csv"), ["indicator;period;value;scope", $"{h.Percent.Code};2025;40;fit"]);

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportIndicatorsAsync(values));
        await h.ImportScopesAsync(Corpus.Csv(h.Temp.File("scopes.csv"), ["code;name", "FIT;Faculty of IT"]));
        await h.ImportIndicatorsAsync(values);

        Assert.Equal("values.csv: line 2, column 4 (scope): unknown scope 'fit'", Assert.Single(ex.Errors).ToString());
        Assert.Equal("FIT", Assert.Single(await h.Observations.GetAllAsync()).Scope);
    }

    [Fact]
    public async Task Import_BadScopeFile_RefusedWithCellsNamed()
    {
        using var h = new ImportHarness();
        var file = Corpus.Csv(h.Temp.File("bad-scopes.csv"), ["code;name;kind", "FIT;IT;faculty", "fit;Again;faculty", "university;All;other", "X Y;Spaces;faculty", "GEO;;faculty", "LAB;Lab;laboratory"]);
        var before = await h.DumpAsync();

        var ex = await Assert.ThrowsAsync<ImportRefusedException>(() => h.ImportScopesAsync(file));

        Assert.Equal([
            "bad-scopes.csv: line 3, column 1 (code): 'fit' is already on line or row 2",
            "bad-scopes.csv: line 4, column 1 (code): 'university' means the whole university and cannot be a scope",
            "bad-scopes.csv: line 5, column 1 (code): 'X Y' is not a scope code (one word, e.g. FIT)",
            "bad-scopes.csv: line 6, column 2 (name): no name",
            "bad-scopes.csv: line 7, column 3 (kind): 'laboratory' is not a kind: faculty, institute, college or other (факультет, институт, колледж, башка; факультет, институт, колледж, другое)",
        ], ex.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await h.DumpAsync());
    }

    [Fact]
    public void Read_ConfigurationSection_GivesScopesWithKinds()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scopes:0:Code"] = "FIT", ["Scopes:0:Name"] = "Faculty of IT",
            ["Scopes:1:Code"] = "IECO", ["Scopes:1:Name"] = "Institute of Economics", ["Scopes:1:Kind"] = "институт",
        }).Build();

        Assert.Equal([new ScopeInfo("FIT", "Faculty of IT"), new ScopeInfo("IECO", "Institute of Economics", "institute")], ConfiguredScopes.Read(configuration, ShippedRegister.Value));
    }
}
