using Dapper;
using Microsoft.Data.Sqlite;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Notify.Support;

/// <summary>The demo data set made and evaluated by the real RiskWorker process, as the README's main command does.</summary>
internal static class DemoProcess
{
    /// <summary>Runs <c>demo</c>, then the SQL statements that plant test data (each must change rows), then <c>evaluate</c>; returns the <c>--db/--rules</c> arguments.</summary>
    public static async Task<string[]> EvaluatedAsync(TempDirectory temp, IReadOnlyDictionary<string, string>? environment, params string[] plant)
    {
        string[] db = ["--db", temp.File("r.db"), "--rules", RepoPaths.Rules];
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, environment, ["demo", .. db])).ExitCode);
        await using (var c = new SqliteConnection($"Data Source={temp.File("r.db")}"))
        {
            foreach (var sql in plant) Assert.True(await c.ExecuteAsync(sql) > 0, sql);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, environment, ["evaluate", .. db])).ExitCode);
        return db;
    }
}
