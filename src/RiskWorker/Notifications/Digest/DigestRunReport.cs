using RiskEngine;
using RiskWorker.Mail;

namespace RiskWorker.Notifications.Digest;

/// <summary>What one <c>digest --send</c> (or the weekly job) did.</summary>
/// <param name="Week">ISO week of the digests.</param>
/// <param name="Composed">Digests composed (one per person with anything to report).</param>
/// <param name="Queued">Newly written to the outbox.</param>
/// <param name="AlreadyQueued">Already in the outbox for this week, left as they were.</param>
/// <param name="Sent">What sending the pending mail did.</param>
/// <param name="FailedInOutbox">Messages of any run refused permanently and still undelivered.</param>
internal sealed record DigestRunReport(string Week, int Composed, int Queued, int AlreadyQueued, SendReport Sent, int FailedInOutbox)
{
    /// <summary>What <c>digest --send</c> prints.</summary>
    public string In(Words words) =>
        words.Format("cli.digest.sent", ("week", Week), ("composed", Composed), ("queued", Queued), ("already", AlreadyQueued),
            ("delivered", Sent.Delivered), ("failed", Sent.Failed), ("deferred", Sent.Deferred), ("destination", Sent.Destination))
        + (FailedInOutbox > 0 ? " " + words.Plural("cli.digest.failed-in-outbox", FailedInOutbox) : "");
}
