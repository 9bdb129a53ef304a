using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Rating;

/// <summary>How the sides are chosen and explained, through the real evaluator on a real SQLite file.</summary>
public sealed class RatingTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Fact]
    public async Task EvaluateAsync_SeveralRulesFireOnASide_HighestValueWins()
    {
        using var engine = new Engine();
        await engine.Observations.AddAsync(AllRisks(engine, good: false), replace: false);

        var risks = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks;

        var contested = 0;
        foreach (var risk in risks)
        {
            foreach (var side in new[] { RatingSide.Likelihood, RatingSide.Impact })
            {
                var fired = risk.Reasons.Where(r => !r.IsDefault && r.Scope == risk.WorstScope && r.Sets == side).Select(r => r.Level).ToList();
                if (fired.Count == 0) continue;
                if (fired.Distinct().Count() > 1) contested++;
                Assert.Equal(fired.Max(), side == RatingSide.Likelihood ? risk.Likelihood : risk.Impact);
            }
        }

        Assert.True(contested > 0, "no side had rules firing with different values; the scenario proves nothing");
    }

    [Fact]
    public async Task EvaluateAsync_NoRuleFiresOnASide_UsesRegisterDefaultAndSaysSo()
    {
        using var engine = new Engine();
        await engine.Observations.AddAsync(AllRisks(engine, good: true), replace: false);

        var risks = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks;

        var defaulted = 0;
        foreach (var risk in risks)
        {
            var register = engine.Register.FindRisk(risk.Code)!;
            foreach (var (side, rating, fallback) in new[] { (RatingSide.Likelihood, risk.Likelihood, register.DefaultLikelihood), (RatingSide.Impact, risk.Impact, register.DefaultImpact) })
            {
                var fired = risk.Reasons.Where(r => !r.IsDefault && r.Sets == side).ToList();
                var defaults = risk.Reasons.Where(r => r.IsDefault && r.Sets == side).ToList();
                if (fired.Count > 0)
                {
                    Assert.Empty(defaults);
                    continue;
                }

                defaulted++;
                Assert.Equal(fallback, rating);
                var reason = Assert.Single(defaults);
                var sideName = side == RatingSide.Likelihood ? "likelihood" : "impact";
                Assert.Equal($"{risk.Code}.default-{sideName}", reason.Rule);
                Assert.Equal((null, Scopes.University, (double?)null, fallback, (double?)null, (double?)null), (reason.Indicator, reason.Scope, reason.Value, reason.Level, reason.Target, reason.Gap));
                Assert.Equal($"No rule raised the {sideName}; the register's default rating {fallback} applies (rules/risks/{risk.Code}.json).", reason.Text.Get("en"));
                Assert.StartsWith("Эч бир эреже", reason.Text.Get("ky"), StringComparison.Ordinal);
                Assert.EndsWith($"демейки баа {fallback} колдонулат (rules/risks/{risk.Code}.json).", reason.Text.Get("ky"), StringComparison.Ordinal);
                Assert.StartsWith("Ни одно правило не повысило", reason.Text.Get("ru"), StringComparison.Ordinal);
                Assert.EndsWith($"по умолчанию из реестра: {fallback} (rules/risks/{risk.Code}.json).", reason.Text.Get("ru"), StringComparison.Ordinal);
            }
        }

        Assert.True(defaulted > 0, "every side had a rule firing; the scenario proves nothing");
    }

    [Fact]
    public async Task EvaluateAsync_OneOverdueAction_RaisesEveryRisksLikelihoodAboveWhereItStood()
    {
        using var calm = new Engine();
        using var overdue = new Engine();
        var observations = AllRisks(calm, good: false);
        await calm.Observations.AddAsync(observations, replace: false);
        await overdue.Observations.AddAsync(observations, replace: false);
        await overdue.Services.GetRequiredService<IMitigationActionStore>().ReplaceAllAsync(
            overdue.Register.Risks.Select(r => new MitigationAction(r.Code, "Late action", r.Owners.FirstOrDefault() ?? "rectorate", AsOf.AddDays(-10), "planned")).ToList());

        var before = (await calm.Evaluator.EvaluateAsync(AsOf)).Risks.ToDictionary(r => r.Code);
        var after = (await overdue.Evaluator.EvaluateAsync(AsOf)).Risks;

        foreach (var risk in after)
        {
            var fallback = overdue.Register.FindRisk(risk.Code)!.DefaultLikelihood;
            Assert.True(risk.Likelihood >= before[risk.Code].Likelihood, $"{risk.Code}: an overdue action lowered the likelihood");
            Assert.True(risk.Likelihood > fallback || fallback == RiskScale.Max, $"{risk.Code}: likelihood {risk.Likelihood} is not above the default {fallback}");
            Assert.Contains(risk.Reasons, r => r.Rule == $"{risk.Code}-overdue-actions");
        }
    }

    [Theory]
    [InlineData(new[] { 3 }, new int[0], 4, 4)]
    [InlineData(new[] { 5, 4 }, new int[0], 4, 5)]
    [InlineData(new int[0], new[] { 2 }, 4, 2)]
    [InlineData(new[] { 4 }, new[] { 2 }, 4, 4)]
    [InlineData(new int[0], new int[0], 3, 3)]
    public void Side_WarningsAndEasings_WarningNeverBelowDefaultEasingOnlyAlone(int[] warnings, int[] easings, int fallback, int expected)
    {
        var fired = warnings.Select((v, i) => Fired($"w{i}", v, eases: false)).Concat(easings.Select((v, i) => Fired($"e{i}", v, eases: true))).ToList();

        Assert.Equal(expected, RiskEngine.Rating.RatingPolicy.Side(fired, RatingSide.Likelihood, fallback).Level);
    }

    private static RatingSignal Fired(string rule, int value, bool eases) =>
        new(rule, new RiskContext { Risk = "1.1", Scope = Scopes.University }, RatingSide.Likelihood, value, LocalizedText.Of(("ky", rule), ("ru", rule), ("en", rule))) { Eases = eases };

    [Fact]
    public async Task EvaluateAsync_DefaultReason_SurvivesStorageMarkedDefault()
    {
        using var engine = new Engine();
        await engine.Evaluator.EvaluateAsync(AsOf);

        var stored = await engine.History.GetLatestAsync();

        var defaults = stored!.Risks.SelectMany(r => r.Reasons).Where(r => r.IsDefault).ToList();
        Assert.NotEmpty(defaults);
        Assert.All(defaults, r => Assert.Matches(@"^\d\.\d\.default-(likelihood|impact)$", r.Rule));
        Assert.DoesNotContain(stored.Risks.SelectMany(r => r.Reasons), r => !r.IsDefault && r.Rule.Contains(".default-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_FacultyIndicatorStale_FlagsRiskAndNamesScope()
    {
        using var engine = await WithFacultyAsync();
        await engine.Observations.AddAsync([
            .. Observations.ForRisk(engine.Register, "3.1", good: true),
            .. Observations.ForRisk(engine.Register, "3.1", good: true, "FIT", 2019, 2020),
        ], replace: false);

        var risk = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "3.1");

        var university = risk.Scopes.Single(s => s.Scope == Scopes.University);
        var faculty = risk.Scopes.Single(s => s.Scope == "FIT");
        Assert.Empty(university.StaleIndicators);
        Assert.NotEmpty(faculty.StaleIndicators);
        Assert.True(risk.Stale);
        Assert.Equal(faculty.StaleIndicators, risk.StaleIndicators);
    }

    [Fact]
    public async Task EvaluateAsync_FacultyReportsSomeIndicatorsFreshly_NotStaleForTheOthers()
    {
        using var engine = await WithFacultyAsync();
        var university = Observations.ForRisk(engine.Register, "3.1", good: true);
        var one = university.Select(o => o.Indicator).First();
        await engine.Observations.AddAsync([.. university, .. university.Where(o => o.Indicator == one).Select(o => o with { Scope = "FIT" })], replace: false);

        var risk = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "3.1");

        Assert.Empty(risk.Scopes.Single(s => s.Scope == "FIT").StaleIndicators);
        Assert.False(risk.Stale);
    }

    [Fact]
    public async Task EvaluateAsync_FacultyReason_TextNamesTheFacultyNotItsCode()
    {
        using var engine = await WithFacultyAsync();
        await engine.Observations.AddAsync([.. Observations.ForRisk(engine.Register, "3.1", good: false, "FIT")], replace: false);

        var risk = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "3.1");

        var faculty = risk.Scopes.Single(s => s.Scope == "FIT").Reasons.Where(r => !r.IsDefault).ToList();
        Assert.NotEmpty(faculty);
        Assert.All(faculty, r => Assert.All(r.Text.Languages, l => Assert.StartsWith("Faculty of IT:", r.Text.Get(l), StringComparison.Ordinal)));
    }

    private static async Task<Engine> WithFacultyAsync()
    {
        var engine = new Engine();
        await engine.Services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("FIT", "Faculty of IT")]);
        return engine;
    }

    private static IReadOnlyList<Observation> AllRisks(Engine engine, bool good) =>
        engine.Register.Risks.SelectMany(r => Observations.ForRisk(engine.Register, r.Code, good)).DistinctBy(o => (o.Indicator, o.Period, o.Scope)).ToList();
}
