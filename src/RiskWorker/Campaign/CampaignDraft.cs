using RiskEngine;
using RiskWorker.Notifications;
using RiskWorker.Notifications.Digest;
using RiskWorker.Notifications.Routing;

namespace RiskWorker.Campaign;

/// <summary>One person's tasks while they are being gathered, remembering how each listed item reached them.</summary>
internal sealed class CampaignDraft(Recipient to)
{
    private readonly List<(Delivery, string)> _routes = [];

    public Recipient To { get; } = to;
    public List<DigestIndicator> Indicators { get; } = [];
    public List<DigestAction> Overdue { get; } = [];
    public List<DigestAction> Open { get; } = [];

    public void Listed(Delivery delivery, string item) => _routes.Add((delivery, item));

    public OwnerTasks ToTasks(IRiskRegister register) =>
        new(To, Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).ToList(), Overdue, Open, FallbackText.Notes(_routes, register, To.Language));
}
