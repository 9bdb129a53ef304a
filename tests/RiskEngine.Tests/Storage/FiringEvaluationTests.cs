using Dapper;
using Npgsql;
using Microsoft.Data.Sqlite;
using System.Data.Common;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>
/// A scheduled firing stores at most one evaluation: Quartz runs a firing again when its worker died between storing
/// the evaluation and finishing the job, and that second run must find the first one's evaluation.
/// </summary>
public sealed class FiringEvaluationTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);
    private const string Firing = "riskengine.evaluation-cron@2026-11-23T03:00:00Z";

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateForFiringAsync_SameFiringTwice_StoresOneAndReturnsItAgain(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.AddAsync(Observations.ForRisk(engine.Register, "2.1", good: false), replace: false);

        var (first, firstStored) = await engine.Evaluator.EvaluateForFiringAsync(AsOf, Firing);
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        var (again, againStored) = await engine.Evaluator.EvaluateForFiringAsync(AsOf, Firing);

        Assert.False(firstStored);
        Assert.True(againStored);
        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.EvaluatedAt, again.EvaluatedAt);
        Assert.Equal(first.Risks.Select(r => (r.Code, r.Score)), again.Risks.Select(r => (r.Code, r.Score)));
        Assert.Equal([(Firing, first.Id!.Value)], await StoredFiringsAsync(engine));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateForFiringAsync_OtherFiringsAndHandRuns_EachStoreTheirOwn(TestStore store)
    {
        using var engine = new Engine(store);

        var (scheduled, _) = await engine.Evaluator.EvaluateForFiringAsync(AsOf, Firing);
        var (next, nextStored) = await engine.Evaluator.EvaluateForFiringAsync(AsOf, "riskengine.evaluation-cron@2026-11-24T03:00:00Z");
        var byHand = await engine.Evaluator.EvaluateAsync(AsOf);
        var byHandAgain = await engine.Evaluator.EvaluateAsync(AsOf);

        Assert.False(nextStored);
        Assert.Equal(4, new[] { scheduled.Id, next.Id, byHand.Id, byHandAgain.Id }.Distinct().Count());
        Assert.Equal(2, (await StoredFiringsAsync(engine)).Count);
        Assert.Equal(byHandAgain.Id, (await engine.History.GetLatestAsync())!.Id);
    }

    private static async Task<List<(string Firing, long Id)>> StoredFiringsAsync(Engine engine)
    {
        var target = RiskEngine.Storage.DatabaseTarget.Parse(engine.DatabasePath);
        await using DbConnection c = target.IsPostgres ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);
        return (await c.QueryAsync<(string, long)>("SELECT firing, id FROM evaluations WHERE firing IS NOT NULL ORDER BY id")).ToList();
    }
}
