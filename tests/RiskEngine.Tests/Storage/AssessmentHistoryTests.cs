using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>The history's order is (as-of date, storage order), on a real SQLite file.</summary>
public sealed class AssessmentHistoryTests
{
    private static readonly DateOnly September = new(2026, 9, 1);
    private static readonly DateOnly October = new(2026, 10, 15);
    private static readonly DateOnly November = new(2026, 11, 23);

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task GetLatestAsync_BackDatedStoredAfterNewer_ReturnsNewerAsOf(TestStore store)
    {
        using var engine = new Engine(store);
        var newer = await engine.Evaluator.EvaluateAsync(November);
        var backDated = await engine.Evaluator.EvaluateAsync(September);

        var latest = await engine.History.GetLatestAsync();

        Assert.True(backDated.Id > newer.Id);
        Assert.Equal(newer.Id, latest!.Id);
        Assert.Equal(November, latest.AsOf);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task GetLatestAsync_SameAsOfTwice_ReturnsStoredLast(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Evaluator.EvaluateAsync(November);
        var second = await engine.Evaluator.EvaluateAsync(November);
        await engine.Evaluator.EvaluateAsync(September);

        Assert.Equal(second.Id, (await engine.History.GetLatestAsync())!.Id);
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task GetLatestAsync_OnOrBefore_IgnoresLaterAsOf(TestStore store)
    {
        using var engine = new Engine(store);
        var september = await engine.Evaluator.EvaluateAsync(September);
        var october = await engine.Evaluator.EvaluateAsync(October);
        await engine.Evaluator.EvaluateAsync(November);

        Assert.Equal(october.Id, (await engine.History.GetLatestAsync(October))!.Id);
        Assert.Equal(september.Id, (await engine.History.GetLatestAsync(October.AddDays(-1)))!.Id);
        Assert.Null(await engine.History.GetLatestAsync(September.AddDays(-1)));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task GetPreviousAsync_StoredOutOfDateOrder_FollowsAsOfThenId(TestStore store)
    {
        using var engine = new Engine(store);
        var november = await engine.Evaluator.EvaluateAsync(November);
        var september = await engine.Evaluator.EvaluateAsync(September);
        var october = await engine.Evaluator.EvaluateAsync(October);
        var octoberAgain = await engine.Evaluator.EvaluateAsync(October);

        Assert.Equal(octoberAgain.Id, (await engine.History.GetPreviousAsync(november.Id!.Value))!.Id);
        Assert.Equal(october.Id, (await engine.History.GetPreviousAsync(octoberAgain.Id!.Value))!.Id);
        Assert.Equal(september.Id, (await engine.History.GetPreviousAsync(october.Id!.Value))!.Id);
        Assert.Null(await engine.History.GetPreviousAsync(september.Id!.Value));
        Assert.Null(await engine.History.GetPreviousAsync(9999));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task GetLastReviewAsync_OnOrBefore_IgnoresReviewMarkedLater(TestStore store)
    {
        using var engine = new Engine(store);
        var september = await engine.Evaluator.EvaluateAsync(September);
        await engine.History.MarkReviewAsync(September.AddDays(9));
        var november = await engine.Evaluator.EvaluateAsync(November);
        await engine.History.MarkReviewAsync(November.AddDays(2));

        var pastPack = await engine.History.GetLastReviewAsync(October);
        var sameDay = await engine.History.GetLastReviewAsync(September.AddDays(9));
        var last = await engine.History.GetLastReviewAsync();

        Assert.Equal((September.AddDays(9), september.Id), (pastPack!.Value.ReviewedOn, pastPack.Value.Evaluation.Id));
        Assert.Equal(September.AddDays(9), sameDay!.Value.ReviewedOn);
        Assert.Null(await engine.History.GetLastReviewAsync(September.AddDays(8)));
        Assert.Equal((November.AddDays(2), november.Id), (last!.Value.ReviewedOn, last.Value.Evaluation.Id));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_BackDated_ComparesOnlyWithEarlierEvaluationAndReview(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Evaluator.EvaluateAsync(November);
        await engine.History.MarkReviewAsync(November);

        var backDated = await engine.Evaluator.EvaluateAsync(September);

        Assert.All(backDated.Risks, r => Assert.Equal((Movement.New, Movement.New), (r.Movement, r.MovementSinceReview)));
        Assert.All(backDated.Risks, r => Assert.Null(r.PreviousScore));
    }
}
