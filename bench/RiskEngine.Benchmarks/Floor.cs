using System.Diagnostics;
using Dapper;
using RiskEngine.Storage;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The floor an evaluation is measured against: one plain query reading the stored observations into memory, as the
/// store reads them (the same columns and order), with nothing done to them.
/// </summary>
internal static class Floor
{
    /// <summary>Reads the rows once; the time it took. Throws when the store holds another number of rows than expected.</summary>
    public static async Task<double> MeasureAsync(EngineDatabase db, int expectedRows)
    {
        var clock = Stopwatch.StartNew();
        await using var c = await db.OpenAsync(CancellationToken.None);
        var rows = (await c.QueryAsync<(string Indicator, string Period, double Value, string Scope, string? Note)>(
            "SELECT indicator, period, value, scope, note FROM observations ORDER BY indicator, scope, period")).AsList();
        if (rows.Count != expectedRows) throw new InvalidOperationException($"{rows.Count} rows read, {expectedRows} expected");
        return clock.Elapsed.TotalMilliseconds;
    }
}
