using Dapper;
using Microsoft.Data.Sqlite;

namespace RiskWorker.Hosting;

/// <summary>Prepares Quartz's SQLite file: the folder, and WAL, which Quartz does not switch on itself.</summary>
internal static class QuartzStore
{
    public static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode=WAL;");
        return connectionString;
    }
}
