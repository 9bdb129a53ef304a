using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RiskEngine;
using RiskWorker.Mail;
using RiskWorker.Owners;
using RiskWorker.Tests.Mail;
using RiskWorker.Tests.Notify.Support;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Operations;

/// <summary>
/// <c>database copy --to</c>, as a university moving from one machine to PostgreSQL runs it: a real SQLite file with
/// history (two evaluations, a review, owners, mail), the real CLI, a private PostgreSQL, and the product's own readers
/// on both sides.
/// </summary>
public sealed class DatabaseCopyTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    // The last review is a (date, evaluation) tuple, whose parts are fields.
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    [Fact]
    public async Task DatabaseCopy_SqliteWithHistory_PostgresReadsTheSameAndGoesOn()
    {
        using var temp = new TempDirectory();
        var sqlite = await SeedAsync(temp);
        using var postgres = new TestDatabase(TestStore.Postgres, temp.Path);

        var copy = await WorkerProcess.RunAsync(temp.Path, "database", "copy", "--to", postgres.Setting, "--db", sqlite, "--rules", RepoPaths.Rules, "--lang", "en");

        Assert.True(copy.ExitCode == 0, copy.ToString());
        Assert.Contains("Copied from", copy.Out, StringComparison.Ordinal);
        Assert.Equal(await ReadAllAsync(temp, sqlite), await ReadAllAsync(temp, postgres.Setting));
        await using var source = new SqliteConnection($"Data Source={sqlite};Pooling=false");
        await using var target = new NpgsqlConnection(postgres.Setting);
        foreach (var table in new[] { "observations", "scopes", "actions", "evaluations", "assessments", "reviews", "register_identity", "owners", "owner_roles", "outbox", "outbox_attachments", "outbox_files" })
        {
            var rows = await source.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
            Assert.True(rows > 0 || table == "actions", $"the seed left {table} empty");
            Assert.Equal((table, rows), (table, await target.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}")));
            Assert.Contains($"  {table}: {rows}", copy.Out, StringComparison.Ordinal);
        }

        const string Files = "SELECT f.content FROM outbox_attachments a JOIN outbox_files f ON f.sha256 = a.sha256 ORDER BY a.outbox_id, a.position";
        Assert.Equal(await source.QueryAsync<byte[]>(Files), await target.QueryAsync<byte[]>(Files));

        // Ids came along, and the next evaluation on PostgreSQL takes the next one, not one the history has.
        var last = await source.ExecuteScalarAsync<long>("SELECT max(id) FROM evaluations");
        var evaluate = await WorkerProcess.RunAsync(temp.Path, "evaluate", "--db", postgres.Setting, "--rules", RepoPaths.Rules, "--lang", "en");
        Assert.True(evaluate.ExitCode == 0, evaluate.ToString());
        Assert.Equal(last + 1, await target.ExecuteScalarAsync<long>("SELECT max(id) FROM evaluations"));
    }

    [Fact]
    public async Task DatabaseCopy_TargetHoldsData_RefusedInOneLineAndNothingWritten()
    {
        using var temp = new TempDirectory();
        var sqlite = await SeedAsync(temp);
        using var postgres = new TestDatabase(TestStore.Postgres, temp.Path);
        string[] args = ["database", "copy", "--to", postgres.Setting, "--db", sqlite, "--rules", RepoPaths.Rules, "--lang", "en"];
        Assert.Equal(0, (await WorkerProcess.RunAsync(temp.Path, args)).ExitCode);
        var before = await ReadAllAsync(temp, postgres.Setting);

        var again = await WorkerProcess.RunAsync(temp.Path, args);

        Assert.Equal(1, again.ExitCode);
        var line = Assert.Single(again.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("already holds data", line, StringComparison.Ordinal);
        Assert.Equal(before, await ReadAllAsync(temp, postgres.Setting));
    }

    [Fact]
    public async Task DatabaseCopy_ValueItsColumnCannotHold_LineNamesTableRowAndColumnAndTargetStaysEmpty()
    {
        using var temp = new TempDirectory();
        var sqlite = await SeedAsync(temp);
        await using (var c = new SqliteConnection($"Data Source={sqlite};Pooling=false"))
            await c.ExecuteAsync("UPDATE evaluations SET as_of = '29.11.2026' WHERE id = (SELECT max(id) FROM evaluations)");
        using var postgres = new TestDatabase(TestStore.Postgres, temp.Path);

        var copy = await WorkerProcess.RunAsync(temp.Path, "database", "copy", "--to", postgres.Setting, "--db", sqlite, "--rules", RepoPaths.Rules, "--lang", "en");

        Assert.Equal(1, copy.ExitCode);
        var line = Assert.Single(copy.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("table evaluations, row 2, column as_of holds '29.11.2026'", line, StringComparison.Ordinal);
        await using var target = new NpgsqlConnection(postgres.Setting);
        foreach (var table in new[] { "observations", "scopes", "evaluations", "owners", "outbox", "register_identity" })
            Assert.Equal(0, await target.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}"));
    }

    [Fact]
    public async Task DatabaseCopy_TargetUnreachable_OneLineNamesTheTargetNotTheFile()
    {
        using var temp = new TempDirectory();
        var sqlite = await SeedAsync(temp);
        const string Nowhere = "Host=127.0.0.1;Port=1;Database=risk;Username=risk;Password=secret;Timeout=3";

        var copy = await WorkerProcess.RunAsync(temp.Path, "database", "copy", "--to", Nowhere, "--db", sqlite, "--rules", RepoPaths.Rules, "--lang", "en");

        Assert.Equal(1, copy.ExitCode);
        var line = Assert.Single(copy.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("host=127.0.0.1;port=1", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("r.db", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseCopy_ToASqliteFileInRussian_RefusedInRussianAndNoFileMade()
    {
        using var temp = new TempDirectory();
        var sqlite = await SeedAsync(temp);

        var copy = await WorkerProcess.RunAsync(temp.Path, "database", "copy", "--to", temp.File("other.db"), "--db", sqlite, "--rules", RepoPaths.Rules, "--lang", "ru");

        Assert.Equal(1, copy.ExitCode);
        Assert.Contains("не база PostgreSQL", Assert.Single(copy.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("other.db")));
    }

    // The demo's data and owners, two evaluations, the first marked as reviewed, and two messages waiting in the outbox.
    private static async Task<string> SeedAsync(TempDirectory temp)
    {
        var sqlite = temp.File("r.db");
        using (var host = TestHost.Build(temp, Clock, new FakeOutbox(), database: sqlite))
        {
            await HostDemo.SeedAsync(host.Services);
            var history = host.Services.GetRequiredService<IAssessmentHistory>();
            await history.MarkReviewAsync(new DateOnly(2026, 11, 22));
            await host.Services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(new DateOnly(2026, 11, 29));
        }

        // On the fake clock's whole seconds: PostgreSQL keeps instants to the microsecond, SQLite's text to the tick.
        using var mail = new OutboxHarness(sqlite, new Dictionary<string, string>(), Clock);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("digest/a/2026-W48", "a@example.org"), CancellationToken.None);
        var pack = new OutboxAttachment("pack.pdf", "application/pdf", [.. Enumerable.Range(0, 256).Select(b => (byte)b)]);
        await mail.Outbox.EnqueueAsync(TestMail.Digest("digest/b/2026-W48", "b@example.org") with { Attachments = [pack] }, CancellationToken.None);
        return sqlite;
    }

    // What the product reads from a database, as JSON: the evaluations, the last review, owners, scopes, observations and the outbox.
    private static async Task<string> ReadAllAsync(TempDirectory temp, string database)
    {
        using var host = TestHost.Build(temp, Clock, new FakeOutbox(), database: database);
        var services = host.Services;
        var history = services.GetRequiredService<IAssessmentHistory>();
        var latest = await history.GetLatestAsync();
        using var mail = new OutboxHarness(database, new Dictionary<string, string>());
        return JsonSerializer.Serialize(new
        {
            latest,
            previous = latest is null ? null : await history.GetPreviousAsync(latest.Id!.Value),
            review = await history.GetLastReviewAsync(),
            owners = await services.GetRequiredService<IOwnerStore>().GetAllAsync(default),
            scopes = await services.GetRequiredService<IScopeStore>().GetAllAsync(),
            observations = await services.GetRequiredService<IObservationStore>().GetAllAsync(),
            outbox = (await mail.Reader.ListAsync(null, CancellationToken.None)).OrderBy(e => e.Key, StringComparer.Ordinal),
        }, Json);
    }
}
