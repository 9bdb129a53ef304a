using RiskWorker.Notifications.Routing;

namespace RiskWorker.Notifications.Digest;

/// <summary>One person's digest while it is being filled, remembering how each item reached them.</summary>
internal sealed class DigestDraft(Recipient to)
{
    private readonly List<(Delivery, string)> _routes = [];

    public Recipient To { get; } = to;
    public List<DigestRisk> Risks { get; } = [];
    public List<DigestIndicator> Indicators { get; } = [];
    public List<DigestAction> DueSoon { get; } = [];
    public List<DigestAction> Overdue { get; } = [];

    public void Reached(Delivery delivery, string item) => _routes.Add((delivery, item));

    public DigestModel ToModel(string week, DigestInputs inputs) =>
        new(To, inputs.Register.Words.For(To.Language), week, inputs.Current.AsOf, inputs.Reference?.AsOf, inputs.Current.Illustrative,
            Risks, Indicators.OrderBy(i => i.Code, StringComparer.Ordinal).ToList(), DueSoon, Overdue, inputs.HorizonDays,
            FallbackText.Notes(_routes, inputs.Register, To.Language));
}
