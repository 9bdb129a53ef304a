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
    public static string? Describe(Exception ex, string database)
    {
        var named = Chain(ex).OfType<DatabaseUnavailableException>().FirstOrDefault();
        var name = DatabaseName.Display(named?.Database ?? database);
        return Chain(ex).OfType<DbException>().FirstOrDefault() switch
        {
            SqliteException sqlite => $"Database {name} {Sqlite(sqlite)}",
            { } other => $"Database {name} {Server(other)}",
            null when named?.InnerException is { } io => $"Database {name} cannot be created ({MailFailures.FirstLine(io.Message).TrimEnd('.')}): check that its folder exists or can be created and that this user may write there.",
            null => null,
        };
    }

    private static string Sqlite(SqliteException ex)
    {
        var what = MailFailures.FirstLine(ex.Message).TrimEnd('.');
        return ex.SqliteErrorCode switch
        {
            SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT =>
                $"is not a SQLite database ({what}): check that --db names the database file, or restore the file from a backup.",
            SQLitePCL.raw.SQLITE_READONLY =>
                $"is read-only ({what}): give the worker's user write access to the file and its folder (SQLite writes -wal and -shm files beside it); check the permissions (ls -l), the attributes (lsattr) and whether the disk is mounted read-only.",
            SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED =>
                $"is locked by another process ({what}, after waiting for it): another worker or command is writing to it (one run worker per database): let it finish or stop it, then try again.",
            SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_PERM =>
                $"cannot be opened ({what}): check that its folder exists or can be created and that this user may write there.",
            SQLitePCL.raw.SQLITE_FULL => $"cannot grow ({what}): free space on its disk, then try again.",
            SQLitePCL.raw.SQLITE_IOERR => $"could not be read or written ({what}): check the disk and its free space, then try again.",
            _ => $"failed ({what}): check that --db names the worker's database.",
        };
    }

    // SQLSTATE classes are standard (SQL:2016 / PostgreSQL Appendix A), so this reads any server's answer without its driver.
    private static string Server(DbException ex)
    {
        var what = MailFailures.FirstLine(ex.Message).TrimEnd('.');
        var state = ex.SqlState ?? "";
        if (state.StartsWith("28", StringComparison.Ordinal)) return $"refused the login ({what}): check the user name and password in --db or the environment.";
        if (state == "3D000") return $"does not exist on the server ({what}): create it, or correct the database name in --db.";
        if (state == "25006") return $"is read-only ({what}): point --db at the primary server, not a read-only replica.";
        if (state is "55P03" or "40P01") return $"is locked by another session ({what}): let it finish, then try again.";
        if (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || Chain(ex).Any(e => e is SocketException or TimeoutException))
            return $"cannot be reached ({what}): check the host and port in --db, that the server is running and that it accepts connections from this machine.";
        return $"failed ({what}): check --db and the server's log.";
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
