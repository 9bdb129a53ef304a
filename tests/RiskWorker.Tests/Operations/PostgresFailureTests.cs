using System.Net;
using System.Net.Sockets;
using Npgsql;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Operations;

/// <summary>
/// A PostgreSQL server that refuses the login, lacks the database or cannot be reached: the verbs and <c>run</c> say so
/// in one line that tells what to do, exit 1, and print no stack trace. The real worker process against the tests' server.
/// </summary>
public sealed class PostgresFailureTests
{
    [Theory]
    [InlineData("login refused", "evaluate", "refused the login")]
    [InlineData("login refused", "run", "refused the login")]
    [InlineData("no such database", "evaluate", "does not exist on the server")]
    [InlineData("unreachable", "evaluate", "cannot be reached")]
    [InlineData("unreachable", "run", "cannot be reached")]
    public async Task Verb_PostgresUnusable_OneLineSayingWhatToDoExit1(string fault, string verb, string expected)
    {
        using var temp = new TempDirectory();
        var server = PostgresServer.Instance.AdminConnectionString;
        var db = fault switch
        {
            "login refused" => new NpgsqlConnectionStringBuilder(server) { Username = "no_such_role" }.ConnectionString,
            "no such database" => new NpgsqlConnectionStringBuilder(server) { Database = "no_such_database" }.ConnectionString,
            _ => $"Host=127.0.0.1;Port={FreePort()};Database=risk;Username=risk;Timeout=3",
        };

        var run = await WorkerProcess.RunAsync(temp.Path, [verb, "--lang", "en", "--db", db, "--rules", RepoPaths.Rules]);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = (run.Out + run.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.StartsWith("Database ", StringComparison.Ordinal));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
    }

    // A port nothing listens on: taken from the OS, then released.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
