using RiskEngine;

namespace RiskWorker.Mail;

/// <summary>What one <see cref="IOutbox.SendPendingAsync"/> run did.</summary>
/// <param name="Delivered">Messages accepted by the server (or written to the pickup folder).</param>
/// <param name="Failed">Messages refused permanently in this run.</param>
/// <param name="Deferred">Messages left pending after transient failures, to retry on the next run.</param>
/// <param name="Destination">Where mail went: <c>smtp://host:port</c> or the pickup folder path.</param>
internal sealed record SendReport(int Delivered, int Failed, int Deferred, string Destination)
{
    /// <summary>The line <c>send-pending</c> prints, e.g. "3 delivered, 0 failed, 0 deferred → smtp://host:25".</summary>
    public string In(Words words) =>
        words.Format("cli.send-pending.report", ("delivered", Delivered), ("failed", Failed), ("deferred", Deferred), ("destination", Destination));
}
