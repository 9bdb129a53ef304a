using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Rules;
using RiskEngine.Tests.ClashingRules;
using RiskEngine.Tests.Rules.App;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rules;

/// <summary>
/// An embedding app's own NRules rules (<see cref="RiskEngineOptions.AddRules"/>): the two in Rules/App, loaded from this
/// assembly, run in the register's session per scope and are rated and explained like the register's; the ones in
/// RiskEngine.Tests.ClashingRules are refused.
/// </summary>
public sealed class AppRulesTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private static readonly Lazy<CompiledRuleSet> WithAppRules = new(() =>
        RuleSetLoader.LoadAsync(RepoPaths.Rules, appAssemblies: [typeof(CurriculaStalledRule).Assembly]).GetAwaiter().GetResult());

    [Fact]
    public async Task EvaluateAsync_AppWarningFires_RaisesItsSideAndExplainsItBesideTheRegistersReasons()
    {
        Observation[] curricula = [new("EDU_CURRICULA_UPDATED", "2024", 20), new("EDU_CURRICULA_UPDATED", "2025", 20)];
        using var plain = new Engine();
        using var app = new Engine(rules: WithAppRules.Value);
        await plain.Observations.AddAsync(curricula, replace: false);
        await app.Observations.AddAsync(curricula, replace: false);

        var without = (await plain.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "1.1");
        var with = (await app.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "1.1");

        Assert.Equal(4, without.Impact);
        Assert.Equal(5, with.Impact);
        Assert.DoesNotContain(without.Reasons, r => r.Rule == CurriculaStalledRule.Id);
        var reason = Assert.Single(with.Reasons, r => r.Rule == CurriculaStalledRule.Id);
        Assert.Equal(("EDU_CURRICULA_UPDATED", Scopes.University, (double?)20, RatingSide.Impact, 5, 2310, false, (string?)null),
            (reason.Indicator, reason.Scope, reason.Value, reason.Sets, reason.Level, reason.SourceLine, reason.IsDefault, reason.Driver));
        Assert.Equal("OshTU: curricula updated in only 20% of programmes.", reason.Text.Get("en"));
        Assert.Equal("ОшТУ: окуу пландары 20% гана жаңыланган.", reason.Text.Get("ky"));
        Assert.Equal("ОшТУ: учебные планы обновлены лишь у 20%.", reason.Text.Get("ru"));
        // The register's rule on the same fact fired in the same session; the app's raise replaced the impact default.
        Assert.Contains(with.Reasons, r => r.Rule == "1.1-curricula-off-track");
        Assert.DoesNotContain(with.Reasons, r => r.Rule == "1.1.default-impact");
    }

    [Fact]
    public async Task EvaluateAsync_AppRuleInAFaculty_FiresInThatScopeWithItsFacts()
    {
        using var app = new Engine(rules: WithAppRules.Value);
        await app.Services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("FIT", "Faculty of IT")]);
        await app.Observations.AddAsync([new("EDU_CURRICULA_UPDATED", "2025", 60), new("EDU_CURRICULA_UPDATED", "2025", 10, "FIT")], replace: false);

        var risk = (await app.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "1.1");

        Assert.DoesNotContain(risk.Scopes.Single(s => s.Scope == Scopes.University).Reasons, r => r.Rule == CurriculaStalledRule.Id);
        var faculty = risk.Scopes.Single(s => s.Scope == "FIT");
        var reason = Assert.Single(faculty.Reasons, r => r.Rule == CurriculaStalledRule.Id);
        Assert.Equal(("FIT", (double?)10, "Faculty of IT: curricula updated in only 10% of programmes."), (reason.Scope, reason.Value, reason.Text.Get("en")));
        Assert.Equal((5, "FIT", 5), (faculty.Impact, risk.WorstScope, risk.Impact));
    }

    [Fact]
    public async Task EvaluateAsync_AppEasingRuleWithNoWarningOnItsSide_EasesBelowTheDefault()
    {
        using var app = new Engine(rules: WithAppRules.Value);
        await app.Observations.AddAsync([new("GOV_STAFF_SATISFACTION", "2024", 95), new("GOV_STAFF_SATISFACTION", "2025", 95)], replace: false);

        var risk = (await app.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "7.1");

        Assert.Equal(3, app.Register.FindRisk("7.1")!.DefaultImpact);
        Assert.Equal(1, risk.Impact);
        var reason = Assert.Single(risk.Reasons, r => r.Rule == StaffSatisfactionHighRule.Id);
        Assert.Equal((RatingSide.Impact, 1, "OshTU: satisfaction 95%"), (reason.Sets, reason.Level, reason.Text.Get("en")));
        Assert.DoesNotContain(risk.Reasons, r => r.Rule == "7.1.default-impact");
    }

    [Fact]
    public async Task EvaluateAsync_AppEasingRuleAndARegisterWarningOnItsSide_WarningWins()
    {
        using var app = new Engine(rules: WithAppRules.Value);
        await app.Observations.AddAsync(
            [new("GOV_STAFF_SATISFACTION", "2024", 95), new("GOV_STAFF_SATISFACTION", "2025", 95), new("GOV_STRATEGY_MEASURES_ON_TIME", "2026-06-30", 50)],
            replace: false);

        var risk = (await app.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "7.1");

        Assert.Contains(risk.Reasons, r => r.Rule == StaffSatisfactionHighRule.Id);
        Assert.Contains(risk.Reasons, r => r.Rule == "7.1-strategy-measures-very-late");
        Assert.Equal(4, risk.Impact);
    }

    [Fact]
    public async Task AddRiskEngine_AddRulesOfAnAssembly_RunsTheAppsRulesThroughDependencyInjection()
    {
        using var temp = new TempDirectory();
        await using var provider = new ServiceCollection().AddRiskEngine(o =>
        {
            o.RulesDirectory = RepoPaths.Rules;
            o.DatabasePath = temp.File("app.db");
            o.AddRules(typeof(CurriculaStalledRule).Assembly).AddRules(typeof(CurriculaStalledRule).Assembly);
        }).BuildServiceProvider();
        await provider.GetRequiredService<IObservationStore>().AddAsync([new("EDU_CURRICULA_UPDATED", "2025", 5)], replace: false);

        var evaluation = await provider.GetRequiredService<IRiskEvaluator>().EvaluateAsync(AsOf);

        Assert.Contains(evaluation.Risks.Single(r => r.Code == "1.1").Reasons, r => r.Rule == CurriculaStalledRule.Id && r.Level == 5);
        Assert.Equal(WithAppRules.Value.Version, evaluation.RuleSetVersion);
    }

    [Fact]
    public void AddRules_ThisAssembly_PicksOnlyTheTwoAppRulesOfRulesApp()
    {
        // Every public top-level rule here is loaded by these tests: a new one would change what they prove.
        var repository = new NRules.Fluent.RuleRepository();
        repository.Load(x => x.From(typeof(CurriculaStalledRule).Assembly));

        Assert.Equal([CurriculaStalledRule.Id, StaffSatisfactionHighRule.Id], repository.GetRuleSets().SelectMany(s => s.Rules).Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_AppRules_ChangeTheRuleSetVersion()
    {
        Assert.NotEqual(SharedRuleSet.Value.Version, WithAppRules.Value.Version);
    }

    [Fact]
    public async Task Load_AppRulesNamedLikeARegisterRuleOrAReservedId_RefusedNamingAssemblyAndRule()
    {
        var assembly = typeof(RegisterIdRule).Assembly;

        var ex = await Assert.ThrowsAsync<RuleSetException>(() => RuleSetLoader.LoadAsync(RepoPaths.Rules, appAssemblies: [assembly]));

        Assert.Equal(3, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.Equal(AppRules.Source(assembly), e.File));
        Assert.StartsWith("RiskEngine.Tests.ClashingRules ", AppRules.Source(assembly), StringComparison.Ordinal);
        Assert.Contains("a register rule has the same id", Assert.Single(ex.Errors, e => e.Rule == "1.1-accreditation-on-track").Reason, StringComparison.Ordinal);
        Assert.Contains("reserved for the register's default rating", Assert.Single(ex.Errors, e => e.Rule == "1.1.default-likelihood").Reason, StringComparison.Ordinal);
        Assert.Contains("reserved for a link between risks", Assert.Single(ex.Errors, e => e.Rule == "4.1.driven-by-2.1").Reason, StringComparison.Ordinal);
        Assert.Contains("RiskEngine.Tests.ClashingRules", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'4.1.driven-by-2.1'", ex.Message, StringComparison.Ordinal);
    }
}
