using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Facts;

public sealed class IndicatorFactsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Fact]
    public async Task GetAsync_EmptyDatabase_OneNoDataFactPerIndicatorForTheUniversity()
    {
        using var engine = new Engine();

        var facts = await engine.Services.GetRequiredService<IIndicatorFacts>().GetAsync(AsOf);

        Assert.Equal(engine.Register.Indicators.Select(i => i.Code), facts.Select(f => f.Code));
        Assert.All(facts, f => Assert.Equal((Scopes.University, "no-data", true), (f.Scope, f.Status, f.Missing)));
    }

    [Fact]
    public async Task GetAsync_FacultyReports_UniversityThenFacultyWithTheValuesTheRulesRead()
    {
        using var engine = new Engine();
        await engine.Services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("FIT", "Faculty of IT")]);
        await engine.Observations.AddAsync([.. Observations.ForRisk(engine.Register, "2.1", good: false), .. Observations.ForRisk(engine.Register, "2.1", good: true, scope: "FIT")], replace: false);
        var evaluation = await engine.Evaluator.EvaluateAsync(AsOf);

        var facts = await engine.Services.GetRequiredService<IIndicatorFacts>().GetAsync(AsOf);

        var reason = evaluation.Risks.Single(r => r.Code == "2.1").Reasons.First(r => r.Indicator is not null && r.Scope == Scopes.University);
        var university = facts.Single(f => f.Code == reason.Indicator && f.Scope == Scopes.University);
        Assert.Equal((reason.Value, reason.Target), (university.Value, university.Target));
        Assert.Equal("off-track", university.Status);
        var faculty = facts.Single(f => f.Code == reason.Indicator && f.Scope == "FIT");
        Assert.Equal("on-track", faculty.Status);
        var order = facts.Where(f => f.Code == reason.Indicator).Select(f => f.Scope);
        Assert.Equal([Scopes.University, "FIT"], order);
    }
}
