using Microsoft.Data.Sqlite;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Operations;

/// <summary>
/// A database that is not one, is read-only, cannot be created or is locked: every verb and <c>run</c> say so in one
/// line naming the file, exit 1, and print no stack trace. The real worker process on real files.
/// </summary>
public sealed class DatabaseFailureTests(DatabaseTemplate template) : IClassFixture<DatabaseTemplate>
{
    private static readonly string[] Verbs = ["evaluate", "digest --send", "import indicators", "import actions", "send-pending", "report council", "run"];

    public static TheoryData<string, string> FaultsAndVerbs()
    {
        var data = new TheoryData<string, string>();
        foreach (var fault in new[] { "not a database", "read-only", "folder cannot be created" })
            foreach (var verb in Verbs) data.Add(fault, verb);
        return data;
    }

    [Theory]
    [MemberData(nameof(FaultsAndVerbs))]
    public async Task Verb_DatabaseUnusable_OneLineNamingItExit1(string fault, string verb)
    {
        using var temp = new TempDirectory();
        var (db, expected) = fault switch
        {
            "not a database" => (Text(temp.File("r.db"), "indicator;period;value\n"), "is not a SQLite database"),
            "read-only" => (template.CopyTo(temp.File("r.db")), "is read-only"),
            _ => (Path.Combine(Text(temp.File("blocker"), "a file where the database's folder should be"), "data", "r.db"), "check that its folder exists or can be created"),
        };
        var before = File.Exists(db) ? File.ReadAllBytes(db) : null;
        using var readOnly = fault == "read-only" ? new ReadOnlyFile(db) : null;

        var run = await WorkerProcess.RunAsync(temp.Path, Args(verb, temp, db));

        AssertOneLine(run, db, expected);
        if (before is not null) Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task Verb_DatabaseLockedByAnotherProcess_OneLineSayingLockedExit1()
    {
        using var temp = new TempDirectory();
        var db = template.CopyTo(temp.File("r.db"));
        string[] verbs = ["evaluate", "digest --send", "import actions", "run"];

        WorkerResult[] runs;
        await using (var holder = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await holder.OpenAsync();
            // BEGIN IMMEDIATE: this process holds the write lock while the verbs wait out their timeout, side by side.
            await using var held = await holder.BeginTransactionAsync();
            runs = await Task.WhenAll(verbs.Select(v => WorkerProcess.RunAsync(temp.Path, Args(v, temp, db))));
        }

        Assert.All(runs, run => AssertOneLine(run, db, "is locked by another process"));
    }

    private static void AssertOneLine(WorkerResult run, string db, string expected)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = (run.Out + run.Error).Split('\n');
        var line = Assert.Single(lines, l => l.Contains(db, StringComparison.Ordinal));
        Assert.StartsWith($"Database '{db}' ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }

    private string[] Args(string verb, TempDirectory temp, string db)
    {
        string[] args = verb switch
        {
            "import indicators" => ["import", "indicators", Text(temp.File("values.csv"), $"indicator;period;value\n{template.CountIndicator};2026;3\n"), "--replace"],
            "import actions" => ["import", "actions", Path.Combine(RepoPaths.Root, "samples", "actions-seed-002.csv")],
            // A date before the stored evaluation: the pack evaluates and stores one, so it writes.
            "report council" => ["report", "council", "--as-of", "2026-06-01", "--out", temp.File("pack"), "--no-pdf"],
            _ => verb.Split(' '),
        };
        return [.. args, "--lang", "en", "--db", db, "--rules", RepoPaths.Rules];
    }

    private static string Text(string path, string content)
    {
        File.WriteAllText(path, content);
        return path;
    }
}
