using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RiskEngine.Storage;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

public sealed class ObservationStoreTests
{
    private static string AnyPercent(IRiskRegister register) => register.Indicators.First(i => i.IsPercent && i.Frequency == ReportingFrequency.Annual).Code;

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task AddAsync_OneBadAmongGood_WritesNothingAndNamesEachProblem(TestStore store)
    {
        using var engine = new Engine(store);
        var code = AnyPercent(engine.Register);

        var ex = await Assert.ThrowsAsync<ObservationValidationException>(() => engine.Observations.AddAsync([
            new Observation(code, "2024", 40),
            new Observation("NO_SUCH", "2024", 1),
            new Observation(code, "20x5", 40),
            new Observation(code, "2025", 140),
            new Observation(code, "2026", double.PositiveInfinity),
            new Observation(code, "2025", 40, "NOWHERE"),
            new Observation(code, "2024", 41),
        ], replace: false));

        Assert.Equal(["indicator", "period", "value", "value", "scope", "period"], ex.Errors.Select(e => e.Field));
        Assert.Equal([1, 2, 3, 4, 5, 6], ex.Errors.Select(e => e.Index));
        Assert.Empty(await engine.Observations.GetAllAsync());
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task AddAsync_ConflictWithoutReplace_RefusesWholeBatch(TestStore store)
    {
        using var engine = new Engine(store);
        var code = AnyPercent(engine.Register);
        await engine.Observations.AddAsync([new Observation(code, "2024", 40)], replace: false);

        var ex = await Assert.ThrowsAsync<ObservationValidationException>(() =>
            engine.Observations.AddAsync([new Observation(code, "2025", 42), new Observation(code, "2024", 41)], replace: false));

        Assert.Contains("already stored", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
        Assert.Equal([40.0], (await engine.Observations.GetAllAsync()).Select(o => o.Value));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task AddAsync_ConflictWithReplace_OverwritesAndCounts(TestStore store)
    {
        using var engine = new Engine(store);
        var code = AnyPercent(engine.Register);
        await engine.Observations.AddAsync([new Observation(code, "2024", 40)], replace: false);

        var result = await engine.Observations.AddAsync([new Observation(code, "2024", 41), new Observation(code, "2025", 42)], replace: true);

        Assert.Equal(new ObservationWriteResult(1, 1), result);
        Assert.Equal([41.0, 42.0], (await engine.Observations.GetAllAsync()).Select(o => o.Value));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task CheckAsync_ConflictAndReplace_ReportsLikeAddButWritesNothing(TestStore store)
    {
        using var engine = new Engine(store);
        var code = AnyPercent(engine.Register);
        await engine.Observations.AddAsync([new Observation(code, "2024", 40)], replace: false);

        var refused = await Assert.ThrowsAsync<ObservationValidationException>(() =>
            engine.Observations.CheckAsync([new Observation(code, "2025", 42), new Observation(code, "2024", 41)], replace: false));
        var result = await engine.Observations.CheckAsync([new Observation(code, "2024", 41), new Observation(code, "2025", 42)], replace: true);

        Assert.Equal(1, Assert.Single(refused.Errors).Index);
        Assert.Equal(new ObservationWriteResult(1, 1), result);
        Assert.Equal([40.0], (await engine.Observations.GetAllAsync()).Select(o => o.Value));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Schema_AppliedOnFirstUse_IsVersionedAndNotReapplied(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.GetAllAsync();
        var target = DatabaseTarget.Parse(engine.DatabasePath);

        var again = store == TestStore.Postgres
            ? await SchemaMigrator.MigratePostgresAsync(target.ConnectionString, "engine", typeof(IRiskEvaluator).Assembly, "RiskEngine.PostgresSchema.", TimeProvider.System, default)
            : await SqliteSchema.MigrateAsync(target.ConnectionString, "engine", typeof(IRiskEvaluator).Assembly, "RiskEngine.Schema.");

        Assert.Equal(0, again);
        await using DbConnection c = store == TestStore.Postgres ? new NpgsqlConnection(target.ConnectionString) : new SqliteConnection(target.ConnectionString);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], await c.QueryAsync<long>("SELECT version FROM schema_version WHERE module = 'engine' ORDER BY version"));
        if (store == TestStore.Sqlite) Assert.Equal("wal", await c.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        // lz4 ('l'): pglz took four times as long over a large register's assessments.
        if (store == TestStore.Postgres) Assert.Equal("l", await c.ExecuteScalarAsync<string>("SELECT attcompression::text FROM pg_attribute WHERE attrelid = 'assessments'::regclass AND attname = 'detail'"));
        Assert.Equal("oshtu-risk-plan-2023-2028", await c.ExecuteScalarAsync<string>("SELECT register_id FROM register_identity"));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task SetIllustrativeAsync_Marked_IsStoredWithEvaluations(TestStore store)
    {
        using var engine = new Engine(store);
        await engine.Observations.SetIllustrativeAsync(true);

        var evaluation = await engine.Evaluator.EvaluateAsync(new DateOnly(2026, 1, 1));

        Assert.True(await engine.Observations.IsIllustrativeAsync());
        Assert.True((await engine.History.GetAsync(evaluation.Id!.Value))!.Illustrative);
    }
}
