using System.Data.Common;

namespace RiskWorker.Hosting;

/// <summary>
/// Proves at start that a database takes writes, changing nothing: a table created inside a transaction that is rolled
/// back. Taking the lock alone is not enough: SQLite in WAL mode grants BEGIN IMMEDIATE on a read-only file and refuses
/// only the first page written. Plain SQL, so it runs on any store.
/// </summary>
internal static class WriteProbe
{
    public static async Task RunAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE TABLE riskengine_write_probe (id INTEGER)";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
    }
}
