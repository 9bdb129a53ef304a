namespace RiskWorker.Mail;

/// <summary>What one <see cref="IOutbox.SendPendingAsync"/> run did.</summary>
/// <param name="Delivered">Messages accepted by the server (or written to the pickup folder).</param>
/// <param name="Failed">Messages refused permanently in this run.</param>
/// <param name="Deferred">Messages left pending after transient failures, to retry on the next run.</param>
/// <param name="Destination">Where mail went: <c>smtp://host:port</c> or the pickup folder path.</param>
internal sealed record SendReport(int Delivered, int Failed, int Deferred, string Destination);
