using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rating;

/// <summary>Links between risks (rules/risks/*.json "drivenBy"): a driver rated by a fired warning raises the risks it drives, in its own scope.</summary>
public sealed class RiskLinkTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Fact]
    public async Task EvaluateAsync_DriverRaisedByAWarning_RaisesDrivenRiskNamingTheDriverAndWhy()
    {
        using var engine = new Engine();
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "2.1", good: false), replace: false);

        var risks = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.ToDictionary(r => r.Code);

        var driver = risks["2.1"];
        Assert.True(driver.Level >= RiskLevel.High, $"2.1 is {driver.Level}; the scenario proves nothing");
        var buildings = risks["4.1"];
        var link = Assert.Single(buildings.Reasons, r => r.Driver is not null);
        Assert.Equal(("2.1", "4.1.driven-by-2.1", RatingSide.Likelihood, 2862), (link.Driver, link.Rule, link.Sets, link.SourceLine));
        Assert.Equal(Math.Min(5, engine.Register.FindRisk("4.1")!.DefaultLikelihood + 1), buildings.Likelihood);
        Assert.Equal(buildings.Likelihood, link.Level);
        var why = driver.Reasons.First(r => !r.IsDefault && r.Level == driver.Likelihood && r.Sets == RatingSide.Likelihood);
        Assert.Contains("Каржылоонун жетишсиздиги", link.Text.Get("ky"), StringComparison.Ordinal);
        Assert.Contains(why.Text.Get("en"), link.Text.Get("en"), StringComparison.Ordinal);
        Assert.Contains("because risk 2.1", link.Text.Get("en"), StringComparison.Ordinal);
        Assert.Contains(risks["6.1"].Reasons, r => r.Driver == "2.1");
    }

    [Fact]
    public async Task EvaluateAsync_DriverOnItsDefaults_DrivesNothing()
    {
        using var engine = new Engine();

        var risks = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks;

        Assert.True(risks.Single(r => r.Code == "2.1").Level >= RiskLevel.High, "2.1's defaults are below high; the scenario proves nothing");
        Assert.DoesNotContain(risks.SelectMany(r => r.Scopes).SelectMany(s => s.Reasons), r => r.Driver is not null);
    }

    [Fact]
    public async Task EvaluateAsync_DriverRaisedInOneFaculty_RaisesThatFacultysRiskOnly()
    {
        using var engine = new Engine();
        await engine.Services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("FIT", "Faculty of IT")]);
        await engine.Observations.AddAsync([
            .. Observations.ForRisk(engine.Register, "2.1", good: true),
            .. Observations.ForRisk(engine.Register, "2.1", good: false, "FIT"),
        ], replace: false);

        var buildings = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "4.1");

        var faculty = buildings.Scopes.Single(s => s.Scope == "FIT");
        var link = Assert.Single(faculty.Reasons, r => r.Driver is not null);
        Assert.StartsWith("Faculty of IT:", link.Text.Get("en"), StringComparison.Ordinal);
        Assert.DoesNotContain(buildings.Scopes.Single(s => s.Scope == Scopes.University).Reasons, r => r.Driver is not null);
        Assert.Equal("FIT", buildings.WorstScope);
    }

    [Fact]
    public async Task EvaluateAsync_DriverOnlyEased_DrivesNothing()
    {
        using var engine = new Engine();
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "2.1", good: true), replace: false);

        var risks = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks;

        Assert.DoesNotContain(risks.SelectMany(r => r.Reasons), r => r.Driver == "2.1");
    }
}
