using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RiskEngine.Storage;

/// <summary>
/// The one reading of the database setting: a <c>postgresql://</c> or <c>postgres://</c> URI, or a connection string
/// with a <c>Host</c>, is PostgreSQL; anything else is the path of a SQLite file. Npgsql refuses URIs, so they are
/// converted here. <see cref="Display"/> names the database in messages and logs without its password.
/// </summary>
internal sealed record DatabaseTarget(StoreProvider Provider, string ConnectionString, string Display)
{
    public static DatabaseTarget Parse(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        var text = setting.Trim();
        if (text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
            return Postgres(PostgresUri.ToConnectionString(text));
        if (LooksLikeConnectionString(text)) return Postgres(new NpgsqlConnectionStringBuilder(text));
        var file = new SqliteConnectionStringBuilder { DataSource = text, Pooling = true };
        return new DatabaseTarget(StoreProvider.Sqlite, file.ToString(), text);
    }

    public bool IsPostgres => Provider == StoreProvider.Postgres;

    private static DatabaseTarget Postgres(NpgsqlConnectionStringBuilder builder) =>
        new(StoreProvider.Postgres, builder.ConnectionString, $"PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port}");

    // A file path rarely holds "=" and never a Host key; a connection string always names its server.
    private static bool LooksLikeConnectionString(string text)
    {
        if (!text.Contains('=', StringComparison.Ordinal)) return false;
        try
        {
            var parts = new DbConnectionStringBuilder { ConnectionString = text };
            return parts.ContainsKey("Host") || parts.ContainsKey("Server");
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
