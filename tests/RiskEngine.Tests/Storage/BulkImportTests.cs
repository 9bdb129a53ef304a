using System.Diagnostics;
using System.Globalization;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>
/// Large batches through the store: on PostgreSQL by binary COPY into a temporary table and one merge, not one
/// statement per row; on both stores the same rows, counts and all-or-nothing refusals.
/// </summary>
public sealed class BulkImportTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task AddAsync_ThousandsOfRowsWithNotesAndDatedPeriods_StoredAsGivenThenAllReplaced(TestStore store)
    {
        using var engine = new Engine(store);
        var batch = Batch(engine.Register, 3000, 1.0);

        var first = await engine.Observations.AddAsync(batch, replace: false);
        var again = await engine.Observations.AddAsync(Batch(engine.Register, 3000, 0.5), replace: true);

        Assert.Equal(new ObservationWriteResult(3000, 0), first);
        Assert.Equal(new ObservationWriteResult(0, 3000), again);
        var stored = (await engine.Observations.GetAllAsync()).ToDictionary(o => (o.Indicator, o.Period, o.Scope));
        Assert.Equal(3000, stored.Count);
        // Periods in their stored form (a d.M.yyyy date becomes yyyy-MM-dd), notes kept, empty notes null.
        Assert.All(Batch(engine.Register, 3000, 0.5), o =>
        {
            var s = stored[(o.Indicator, DateOnly.ParseExact(o.Period, "d.M.yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Scope)];
            Assert.Equal((o.Value, o.Note), (s.Value, s.Note));
        });
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task AddAsync_BadRowAndRowsAlreadyStored_ReportsEveryOneAndWritesNothing(TestStore store)
    {
        using var engine = new Engine(store);
        var batch = Batch(engine.Register, 500, 1.0);
        await engine.Observations.AddAsync(batch.Take(10).ToList(), replace: false);
        var bad = batch.ToList();
        bad[200] = bad[200] with { Indicator = "NO_SUCH" };

        var ex = await Assert.ThrowsAsync<ObservationValidationException>(() => engine.Observations.AddAsync(bad, replace: false));
        var dry = await Assert.ThrowsAsync<ObservationValidationException>(() => engine.Observations.CheckAsync(batch, replace: false));

        Assert.Equal([.. Enumerable.Range(0, 10), 200], ex.Errors.Select(e => e.Index));
        Assert.All(ex.Errors.Take(10), e => Assert.Contains("is already stored (use --replace)", e.Message, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, 10), dry.Errors.Select(e => e.Index));
        Assert.Equal(10, (await engine.Observations.GetAllAsync()).Count);
    }

    [Fact]
    public async Task AddAsync_ThousandsOfRowsOnPostgres_TakesAHandfulOfCommandsNotOnePerRow()
    {
        using var engine = new Engine(TestStore.Postgres);
        var batch = Batch(engine.Register, 3000, 1.0);
        await engine.Observations.GetAllAsync(); // the schema's scripts, outside the count
        var database = new Npgsql.NpgsqlConnectionStringBuilder(engine.DatabasePath).Database;
        var commands = 0;
        // Npgsql traces each command; only this test's database counts (other tests run beside it on the same server).
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a =>
            {
                if (a.TagObjects.Any(t => t.Value as string == database)) Interlocked.Increment(ref commands);
            },
        };
        ActivitySource.AddActivityListener(listener);

        await engine.Observations.AddAsync(batch, replace: false);

        Assert.InRange(commands, 1, 20);
    }

    // Every indicator in a few scopes, one value a day from 1 January 2001 written d.M.yyyy, every third row noted:
    // illustrative values, each within its unit.
    private static List<Observation> Batch(IRiskRegister register, int rows, double scale)
    {
        var list = new List<Observation>(rows);
        for (var day = 0; list.Count < rows; day++)
        {
            var period = new DateOnly(2001, 1, 1).AddDays(day).ToString("d.M.yyyy", CultureInfo.InvariantCulture);
            foreach (var indicator in register.Indicators.Where(i => list.Count < rows))
                list.Add(new Observation(indicator.Code, period, indicator.IsPercent ? 40 * scale : 100 * scale, Scopes.University, list.Count % 3 == 0 ? $"note {list.Count} ILLUSTRATIVE" : null));
        }

        return list;
    }
}
