using Microsoft.Extensions.Logging;

namespace RiskWorker.Mail;

/// <summary>
/// One sender at a time per database, across processes (the scheduled job and a <c>send-pending</c> typed by hand):
/// an exclusive lock on a file next to the database. The OS releases it when the process dies, so a killed sender
/// never blocks the next one.
/// </summary>
internal static class OutboxLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static async Task<IDisposable> AcquireAsync(string path, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var waiting = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!waiting) logger.LogInformation("Another sender holds {Lock}; waiting for it to finish", path);
                waiting = true;
                await Task.Delay(Poll, clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
