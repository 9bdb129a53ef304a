using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

public sealed class EvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_EmptyDatabase_RatesAllElevenFlaggedStale(TestStore store)
    {
        using var engine = new Engine(store);

        var evaluation = await engine.Evaluator.EvaluateAsync(AsOf);

        Assert.Equal(11, evaluation.Risks.Count);
        Assert.All(evaluation.Risks, r => Assert.True(r.Stale, $"{r.Code} should be flagged stale with no data"));
        Assert.All(evaluation.Risks, r => Assert.Equal(Movement.New, r.Movement));
        Assert.All(evaluation.Risks, r => Assert.InRange(r.Score, 1, 25));
        Assert.NotNull(evaluation.Id);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_Stored_RoundTripsWithVersionAndReasons(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "2.1", good: false), replace: false);

        var evaluation = await engine.Evaluator.EvaluateAsync(AsOf);
        var stored = await engine.History.GetLatestAsync();

        Assert.NotNull(stored);
        Assert.Equal(evaluation.Id, stored.Id);
        Assert.Equal(engine.Register.Version, stored.RuleSetVersion);
        Assert.Equal(AsOf, stored.AsOf);
        var risk = stored.Risks.Single(r => r.Code == "2.1");
        Assert.NotEmpty(risk.Reasons);
        Assert.Equal(evaluation.Risks.Single(r => r.Code == "2.1"), risk with { }, new AssessmentComparer());
        Assert.All(risk.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Text.Get("ky"))));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_IndicatorsWorsen_MovesUpAgainstPreviousAndReview(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "1.1", good: true), replace: false);
        var first = await engine.Evaluator.EvaluateAsync(AsOf);
        await engine.History.MarkReviewAsync(AsOf);
        var second = await engine.Evaluator.EvaluateAsync(AsOf);

        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "1.1", good: false), replace: true);
        var third = await engine.Evaluator.EvaluateAsync(AsOf);

        var before = first.Risks.Single(r => r.Code == "1.1");
        var after = third.Risks.Single(r => r.Code == "1.1");
        Assert.Equal(Movement.Same, second.Risks.Single(r => r.Code == "1.1").Movement);
        Assert.True(after.Score > before.Score, $"score {before.Score} → {after.Score}");
        Assert.Equal(Movement.Up, after.Movement);
        Assert.Equal(Movement.Up, after.MovementSinceReview);
        Assert.Equal(before.Score, after.ReviewScore);
        Assert.Contains(after.Reasons, r => r.Indicator is not null && r.Value is not null && r.Target is not null);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_IndicatorsImprove_MovesDownAgainstPreviousAndReview(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "1.1", good: false), replace: false);
        var first = await engine.Evaluator.EvaluateAsync(AsOf);
        await engine.History.MarkReviewAsync(AsOf);

        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "1.1", good: true), replace: true);
        var second = await engine.Evaluator.EvaluateAsync(AsOf);

        var before = first.Risks.Single(r => r.Code == "1.1");
        var after = second.Risks.Single(r => r.Code == "1.1");
        Assert.True(after.Score < before.Score, $"score {before.Score} → {after.Score}");
        Assert.Equal((Movement.Down, Movement.Down), (after.Movement, after.MovementSinceReview));
        Assert.Equal((before.Score, before.Score), (after.PreviousScore, after.ReviewScore));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_FirstThenUnchanged_NewThenSame(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "1.1", good: false), replace: false);

        var first = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "1.1");
        var second = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "1.1");

        Assert.Equal((Movement.New, Movement.New, (int?)null), (first.Movement, first.MovementSinceReview, first.PreviousScore));
        Assert.Equal((Movement.Same, Movement.New, (int?)first.Score), (second.Movement, second.MovementSinceReview, second.PreviousScore));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_FacultyWorseThanUniversity_NamesWorstScopeAndOnlyItsDefaults(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("FIT", "Faculty of IT")]);
        await engine.Observations.AddAsync([
            .. Observations.ForRisk(engine.Register, "3.1", good: true),
            .. Observations.ForRisk(engine.Register, "3.1", good: false, scope: "FIT"),
        ], replace: false);

        var risk = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "3.1");

        Assert.Equal("FIT", risk.WorstScope);
        Assert.Equal(2, risk.Scopes.Count);
        Assert.True(risk.Scopes[1].Score > risk.Scopes[0].Score);
        Assert.Contains(risk.Reasons, r => r.Scope == "FIT");
        Assert.Contains(risk.Scopes[0].Reasons, r => r.IsDefault);
        Assert.All(risk.Reasons.Where(r => r.IsDefault), r => Assert.Equal("FIT", r.Scope));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_OverdueAction_RaisesLikelihoodWithReason(TestStore store)
    {
        using var engine = new Engine(store);
        var good = Observations.ForRisk(engine.Register, "4.1", good: true);
        await engine.Observations.AddAsync(good, replace: false);
        var calm = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "4.1");

        await engine.Services.GetRequiredService<IMitigationActionStore>().ReplaceAllAsync([
            new MitigationAction("4.1", "repair", "admin-economic-office", new DateOnly(2026, 6, 1), "in-progress"),
        ]);
        var overdue = (await engine.Evaluator.EvaluateAsync(AsOf)).Risks.Single(r => r.Code == "4.1");

        Assert.True(overdue.Likelihood > calm.Likelihood, $"likelihood {calm.Likelihood} → {overdue.Likelihood}");
        Assert.Contains(overdue.Reasons, r => r.Indicator is null && r.Sets == RatingSide.Likelihood);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task WhatIfAsync_HypotheticalValues_RatesWithoutStoring(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "2.1", good: true), replace: false);
        var stored = await engine.Evaluator.EvaluateAsync(AsOf);

        var whatIf = await engine.Evaluator.WhatIfAsync(AsOf, Observations.ForRisk(engine.Register, "2.1", good: false));

        Assert.Null(whatIf.Id);
        Assert.True(whatIf.Risks.Single(r => r.Code == "2.1").Score > stored.Risks.Single(r => r.Code == "2.1").Score);
        Assert.Equal(stored.Id, (await engine.History.GetLatestAsync())!.Id);
        Assert.Equal(Observations.ForRisk(engine.Register, "2.1", good: true).Count, (await engine.Observations.GetAllAsync()).Count);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task MarkReviewAsync_NoEvaluationYet_Throws(TestStore store)
    {
        using var engine = new Engine(store);

        await Assert.ThrowsAsync<ReviewRefusedException>(() => engine.History.MarkReviewAsync(AsOf));
    }

    private sealed class AssessmentComparer : IEqualityComparer<RiskAssessment>
    {
        public bool Equals(RiskAssessment? x, RiskAssessment? y) =>
            x is not null && y is not null && x.Code == y.Code && x.Score == y.Score && x.WorstScope == y.WorstScope
            && x.Reasons.Select(r => r.Rule).SequenceEqual(y.Reasons.Select(r => r.Rule)) && x.Movement == y.Movement;

        public int GetHashCode(RiskAssessment obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
