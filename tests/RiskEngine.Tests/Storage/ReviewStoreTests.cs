using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>Reviews, their decisions, the actions a treat decision opens and the minutes, on both stores.</summary>
public sealed class ReviewStoreTests
{
    private static readonly DateOnly Meeting = new(2026, 11, 27);

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task RecordAsync_TreatDecisionWithMinutes_IsListedWithItsActionAndMinutes(TestStore store)
    {
        using var engine = new Engine(store);
        var evaluation = await engine.Evaluator.EvaluateAsync(new DateOnly(2026, 11, 23));
        var reviews = engine.Services.GetRequiredService<IReviewStore>();
        var action = new MitigationAction("4.1", "Repair the roof of building 2", "rector", new DateOnly(2027, 3, 1), "planned", null);

        var id = await reviews.RecordAsync(new ReviewRecord("council", Meeting, evaluation.Id!.Value,
            [new RiskDecision("4.1", DecisionKind.Treat, "roof", action), new RiskDecision("2.1", DecisionKind.Accept, null)], "minutes.txt", [1, 2, 3]));

        var held = Assert.Single(await reviews.ListAsync("council"));
        Assert.Equal((id, Meeting, evaluation.Id.Value, 2), (held.Id, held.ReviewedOn, held.EvaluationId, held.Decisions));
        var latest = await reviews.GetLatestDecisionsAsync(Meeting);
        Assert.Equal(DecisionKind.Treat, latest["4.1"].Decision.Decision);
        Assert.Equal(action, latest["4.1"].Decision.Action);
        Assert.Contains(action, await engine.Services.GetRequiredService<IMitigationActionStore>().GetAllAsync());
        var minutes = (await reviews.GetMinutesAsync(id))!.Value;
        Assert.Equal("minutes.txt", minutes.Name);
        Assert.Equal([1, 2, 3], minutes.Content);
        Assert.Equal(Meeting, (await reviews.GetLastAsync("council", Meeting.AddDays(3)))!.ReviewedOn);
        Assert.Null(await reviews.GetLastAsync("council", Meeting.AddDays(-1)));
    }
}
