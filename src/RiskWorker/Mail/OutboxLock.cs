using Microsoft.Extensions.Logging;
using RiskWorker.Storage;

namespace RiskWorker.Mail;

/// <summary>
/// One sender at a time per database, across processes (the scheduled job and a <c>send-pending</c> typed by hand):
/// an exclusive lock on a file next to the database. The OS releases it when the process dies, so a killed sender
/// never blocks the next one.
/// </summary>
internal static class OutboxLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <exception cref="DatabaseUnavailableException">The lock file cannot be created beside <paramref name="databasePath"/>.</exception>
    public static async Task<IDisposable> AcquireAsync(string databasePath, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var path = databasePath + ".outbox.lock";
        var waiting = false;
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!waiting) logger.LogInformation("Another sender holds {Lock}; waiting for it to finish", path);
                waiting = true;
                await Task.Delay(Poll, clock, cancellationToken).ConfigureAwait(false);
            }
            // The folder cannot be created or written: the database beside the lock cannot be either.
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new DatabaseUnavailableException(databasePath, ex);
            }
        }
    }
}
