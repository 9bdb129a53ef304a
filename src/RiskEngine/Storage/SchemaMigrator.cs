using System.Globalization;
using System.Reflection;
using Dapper;
using Npgsql;

namespace RiskEngine.Storage;

/// <summary>
/// The numbered <c>.sql</c> scripts of a module and their application on PostgreSQL (SQLite: <see cref="SqliteSchema"/>):
/// once each, each in its own transaction with its <c>schema_version</c> row. Several workers starting together on
/// one server take turns behind an advisory lock, so a script never runs twice.
/// </summary>
internal static class SchemaMigrator
{
    // Any fixed number: the lock is held only while scripts are checked and applied.
    private const long MigrationLock = 0x5249534B_454E47; // "RISKENG"

    public static List<(string Name, long Version)> Scripts(Assembly assembly, string resourcePrefix, ISet<long> applied) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n, Version: long.Parse(n[resourcePrefix.Length..].Split('_')[0], CultureInfo.InvariantCulture)))
            .OrderBy(s => s.Version)
            .Where(s => !applied.Contains(s.Version))
            .ToList();

    public static async Task<string> ReadAsync(Assembly assembly, string name, CancellationToken cancellationToken)
    {
        await using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> MigratePostgresAsync(string connectionString, string module, Assembly assembly, string resourcePrefix, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@MigrationLock)", new { MigrationLock }).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (module text NOT NULL, version bigint NOT NULL, applied_at timestamptz NOT NULL, PRIMARY KEY (module, version))").ConfigureAwait(false);
            var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version WHERE module = @module", new { module }).ConfigureAwait(false)).ToHashSet();
            var scripts = Scripts(assembly, resourcePrefix, applied);
            foreach (var (name, version) in scripts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var sql = await ReadAsync(assembly, name, cancellationToken).ConfigureAwait(false);
                await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await connection.ExecuteAsync(sql, transaction: tx).ConfigureAwait(false);
                await connection.ExecuteAsync("INSERT INTO schema_version (module, version, applied_at) VALUES (@module, @version, @at)",
                    new { module, version, at = clock.GetUtcNow().ToUniversalTime() }, tx).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return scripts.Count;
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@MigrationLock)", new { MigrationLock }).ConfigureAwait(false);
        }
    }
}
