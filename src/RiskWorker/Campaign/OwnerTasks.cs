using RiskWorker.Notifications.Digest;
using RiskWorker.Notifications.Routing;

namespace RiskWorker.Campaign;

/// <summary>What one person is asked to bring up to date before the Council meets, in their language.</summary>
/// <param name="To">The person (an owner, the fallback office, or the secretary).</param>
/// <param name="Indicators">Indicators they report whose university value is stale or missing.</param>
/// <param name="Overdue">Their open actions past the due date.</param>
/// <param name="Open">Their other open actions, whose status they are asked to confirm.</param>
/// <param name="FallbackNotes">Why items of roles nobody holds came to them; empty for an ordinary owner.</param>
public sealed record OwnerTasks(
    Recipient To,
    IReadOnlyList<DigestIndicator> Indicators,
    IReadOnlyList<DigestAction> Overdue,
    IReadOnlyList<DigestAction> Open,
    IReadOnlyList<string> FallbackNotes)
{
    /// <summary>Something is still stale, missing or overdue: the T-14 reminder goes only to these.</summary>
    public bool NeedsUpdate => Indicators.Count > 0 || Overdue.Count > 0;

    public int ItemCount => Indicators.Count + Overdue.Count;

    public static OwnerTasks None(Recipient to) => new(to, [], [], [], []);
}
