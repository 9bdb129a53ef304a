using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace RiskEngine;

/// <summary>
/// Applies numbered <c>.sql</c> files shipped as embedded resources, once each, per module, each in its own
/// transaction, and records them in <c>schema_version</c>. The library's schema is module <c>engine</c>; an
/// embedding application can ship its own module the same way.
/// </summary>
public static class SqliteSchema
{
    /// <summary>Applies the files of <paramref name="module"/> not applied yet; returns how many ran.</summary>
    /// <param name="connectionString">SQLite connection string.</param>
    /// <param name="module">Module name recorded with each version.</param>
    /// <param name="assembly">Assembly holding the scripts.</param>
    /// <param name="resourcePrefix">Resource name prefix; the rest of the name starts with the version number (<c>001_…sql</c>).</param>
    /// <param name="timeProvider">Clock for the applied-at stamp; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels between scripts.</param>
    public static async Task<int> MigrateAsync(string connectionString, string module, Assembly assembly, string resourcePrefix, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        EnsureDirectory(connectionString);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // WAL lets readers (a report, the CLI) run while the worker writes; it persists in the file.
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (module, version));").ConfigureAwait(false);
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version WHERE module = @module", new { module }).ConfigureAwait(false)).ToHashSet();

        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n, Version: long.Parse(n[resourcePrefix.Length..].Split('_')[0], CultureInfo.InvariantCulture)))
            .OrderBy(s => s.Version)
            .Where(s => !applied.Contains(s.Version))
            .ToList();

        foreach (var (name, version) in scripts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var sql = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync(sql, transaction: tx).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO schema_version (module, version, applied_at) VALUES (@module, @version, @at)",
                new { module, version, at = (timeProvider ?? TimeProvider.System).GetUtcNow().ToString("O", CultureInfo.InvariantCulture) }, tx).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return scripts.Count;
    }

    private static void EnsureDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var dir = string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        if (dir is null) return;
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported like SQLite's own "unable to open database file", so callers handle one kind of failure.
            throw new SqliteException($"SQLite Error 14: unable to create the database folder '{dir}': {ex.Message}", SQLitePCL.raw.SQLITE_CANTOPEN);
        }
    }
}
