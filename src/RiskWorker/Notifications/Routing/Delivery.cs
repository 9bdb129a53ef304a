namespace RiskWorker.Notifications.Routing;

/// <summary>One recipient of an item (a risk, an indicator, an action), and why it reached them when they hold none of its roles.</summary>
/// <param name="To">The person.</param>
/// <param name="UnheldRoles">Roles of the item nobody holds, whose mail this fallback recipient takes.</param>
/// <param name="NoOwnerNamed">The register names no role for the item at all.</param>
internal sealed record Delivery(Recipient To, IReadOnlyList<string> UnheldRoles, bool NoOwnerNamed)
{
    public bool IsFallback => UnheldRoles.Count > 0 || NoOwnerNamed;
}
