namespace RiskWorker.Storage;

/// <summary>
/// A database other than the verb's <c>--db</c> failed (Quartz's file), or a file beside the database could not be
/// created (the outbox lock): carries which database, so the one-line report (<see cref="Cli.DatabaseErrors"/>) names it.
/// </summary>
internal sealed class DatabaseUnavailableException(string database, Exception innerException)
    : Exception($"Database '{database}' is unavailable: {innerException.Message}", innerException)
{
    public string Database { get; } = database;
}
