using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using RiskWorker.Storage;

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
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL;");
            // As the engine's database check does: a read-only or held file stops the start here, naming this file.
            WriteProbe.RunAsync(connection, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException(Path.GetFullPath(path), ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
