using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using RiskWorker.Storage;
using RiskWorker.Mail;

namespace RiskWorker.Cli;

/// <summary>
/// The one place a store's failure becomes what an operator reads: one line naming the database, what is wrong and
/// what to do. SQLite is read by its result code; any other ADO.NET provider (PostgreSQL's Npgsql) by the standard
/// SQLSTATE the server answered, or as unreachable when no server answered (a socket error inside).
/// </summary>
internal static class DatabaseErrors
{
    /// <summary>The line for <paramref name="ex"/>, or null when no database failed. <paramref name="database"/> is the one the verb was given (<c>--db</c>).</summary>
    public static CliLine? Describe(Exception ex, string database)
    {
        var named = Chain(ex).OfType<DatabaseUnavailableException>().FirstOrDefault();
        var name = DatabaseName.Display(named?.Database ?? database);
        return Chain(ex).OfType<DbException>().FirstOrDefault() switch
        {
            SqliteException sqlite => Line(Sqlite(sqlite), name, sqlite),
            { } other => Line(Server(other), name, other),
            null when named?.InnerException is { } io => Line("error.db.cannot-create", name, io),
            null => null,
        };
    }

    // Every line names the database and what the driver said (its first line), then what to do.
    private static CliLine Line(string key, string database, Exception ex) =>
        new(key, ("database", database), ("what", MailFailures.FirstLine(ex.Message).TrimEnd('.')));

    private static string Sqlite(SqliteException ex) => ex.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT => "error.db.sqlite.not-a-database",
        SQLitePCL.raw.SQLITE_READONLY => "error.db.sqlite.read-only",
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => "error.db.sqlite.locked",
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM => "error.db.sqlite.cannot-open",
        SQLitePCL.raw.SQLITE_FULL => "error.db.sqlite.full",
        SQLitePCL.raw.SQLITE_IOERR => "error.db.sqlite.io",
        _ => "error.db.sqlite.failed",
    };

    // SQLSTATE classes are standard (SQL:2016 / PostgreSQL Appendix A), so this reads any server's answer without its driver.
    private static string Server(DbException ex)
    {
        var state = ex.SqlState ?? "";
        if (state.StartsWith("28", StringComparison.Ordinal)) return "error.db.server.login";
        if (state == "3D000") return "error.db.server.missing";
        if (state == "25006") return "error.db.server.read-only";
        if (state is "55P03" or "40P01") return "error.db.server.locked";
        if (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || Chain(ex).Any(e => e is SocketException or TimeoutException))
            return "error.db.server.unreachable";
        return "error.db.server.failed";
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        var pending = new Stack<Exception>([ex]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate) foreach (var inner in aggregate.InnerExceptions.Reverse()) pending.Push(inner);
            else if (current.InnerException is { } inner) pending.Push(inner);
        }
    }
}
