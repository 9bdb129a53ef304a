using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Hosting;

/// <summary>
/// A worker killed after its evaluation committed and before the job ended: Quartz runs that firing again on the next
/// worker (<c>Recovering</c>), which must find the evaluation stored and store no second one. Real processes; the
/// window is held open by taking Quartz's trigger lock, which the job needs to queue the alert dispatch and to end.
/// </summary>
public sealed class EvaluationRecoveryTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Run_WorkerKilledBetweenEvaluationCommitAndJobEnd_RecoveredFiringStoresNoSecondEvaluation(TestStore store)
    {
        using var temp = new TempDirectory();
        using var database = new TestDatabase(store, temp.Path);
        using (var seed = TestHost.Build(temp, new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)), new FakeOutbox(), database: database.Setting))
            await HostDemo.SeedAsync(seed.Services);
        string[] args = ["run", "--db", database.Setting, "--rules", RepoPaths.Rules];
        await using var engine = database.Connect();

        long before;
        await using (var killed = RunningWorker.Start(temp.Path, new Dictionary<string, string> { ["Schedule__Evaluation"] = "0/5 * * * * ?" }, args))
        {
            // Quartz's tables exist once the jobs are scheduled (opening its SQLite file earlier would create it empty).
            Assert.True(await killed.WaitForOutputAsync("Job evaluation scheduled", TimeSpan.FromSeconds(120)), killed.Output);
            await using var quartz = store == TestStore.Postgres ? database.Connect() : new SqliteConnection($"Data Source={temp.File("r.quartz.db")};Pooling=false");
            await quartz.OpenAsync();
            before = await HoldFiringAfterCommitAsync(engine, quartz, store, killed);
            await killed.KillAsync();
        }

        // The next worker (on PostgreSQL a cluster node that finds the first one's check-in stale; on SQLite the same
        // worker restarted) recovers the firing. Its own evaluation cron is years away, so that run is the only one.
        await using var recovering = RunningWorker.Start(temp.Path, new Dictionary<string, string> { ["Schedule__Evaluation"] = "0 0 6 1 1 ? 2099" }, args);
        // Either line ends in these words: "was evaluated already … by a worker that stopped", or (the defect) "recovered from a worker that stopped".
        Assert.True(await recovering.WaitForOutputAsync("a worker that stopped", TimeSpan.FromSeconds(120)), $"the firing was not recovered:\n{recovering.Output}");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a second evaluation (the defect) would be stored within this
        await recovering.TerminateAsync();

        var stored = await engine.ExecuteScalarAsync<long>("SELECT count(*) FROM evaluations");
        Assert.True(stored == before + 1, $"{stored - before} evaluations stored for one firing:\n{recovering.Output}");
        Assert.Contains("was evaluated already", recovering.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits for the evaluation job to be running, takes Quartz's trigger lock while its fired-trigger row is still there
    /// (so the job cannot end), then waits for its evaluation to be committed. Returns the count of evaluations before it.
    /// </summary>
    private static async Task<long> HoldFiringAfterCommitAsync(DbConnection engine, DbConnection quartz, TestStore store, RunningWorker worker)
    {
        const string Executing = "SELECT count(*) FROM qrtz_fired_triggers WHERE job_name = 'evaluation' AND state = 'EXECUTING'";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            long before = 0;
            using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
            {
                while (true)
                {
                    Assert.False(limit.IsCancellationRequested || worker.HasExited, $"the evaluation job never ran:\n{worker.Output}");
                    before = await engine.ExecuteScalarAsync<long>("SELECT count(*) FROM evaluations");
                    if (await quartz.ExecuteScalarAsync<long>(Executing) > 0) break;
                    await Task.Delay(10);
                }
            }

            await using var hold = await quartz.BeginTransactionAsync(); // SQLite: BEGIN IMMEDIATE, the file's write lock
            if (store == TestStore.Postgres)
                await quartz.ExecuteAsync("SELECT lock_name FROM qrtz_locks WHERE sched_name = 'riskworker' AND lock_name = 'TRIGGER_ACCESS' FOR UPDATE", transaction: hold);
            if (await quartz.ExecuteScalarAsync<long>(Executing, transaction: hold) == 0) continue; // it ended before the lock: the next firing

            for (var i = 0; i < 1200 && await engine.ExecuteScalarAsync<long>("SELECT count(*) FROM evaluations") == before; i++) await Task.Delay(50);
            Assert.True(await engine.ExecuteScalarAsync<long>("SELECT count(*) FROM evaluations") == before + 1, $"the held firing stored no evaluation:\n{worker.Output}");
            await worker.KillAsync(); // before the lock is let go: the job never reaches its end
            return before;
        }

        throw new InvalidOperationException($"five firings ended before the lock was taken:\n{worker.Output}");
    }
}
