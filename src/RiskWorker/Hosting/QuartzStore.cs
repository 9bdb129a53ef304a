using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace RiskWorker.Hosting;

/// <summary>
/// Quartz's SQLite file. The file is only touched when the host starts, after the rule set and the options passed
/// their checks, so a worker that refuses to start leaves nothing behind. Quartz does not switch WAL on itself.
/// </summary>
internal sealed class QuartzStore(string path) : IHostedService
{
    public string ConnectionString { get; } = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = true }.ToString();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
