using RiskWorker.Owners;

namespace RiskWorker.Notifications.Routing;

/// <summary>
/// The one owner of "who gets mail about this": every holder of each role, and for a role nobody holds (or an item
/// with no role at all) the configured fallback, the strategic-planning office, told why it came there. A person
/// holding several of an item's roles gets it once.
/// </summary>
internal sealed class OwnerRouting
{
    private readonly ILookup<string, Owner> _byRole;
    private readonly Recipient _fallback;

    public OwnerRouting(IReadOnlyList<Owner> owners, Recipient fallback)
    {
        _byRole = owners.SelectMany(o => o.Roles.Select(r => (Role: r, Owner: o))).ToLookup(x => x.Role, x => x.Owner, StringComparer.Ordinal);
        // When the fallback address is also a known person, mail goes to them in their own language.
        _fallback = owners.FirstOrDefault(o => o.Email.Equals(fallback.Email, StringComparison.OrdinalIgnoreCase)) is { } same ? ToRecipient(same) : fallback;
    }

    public Recipient Fallback => _fallback;

    public IReadOnlyList<Delivery> Route(IReadOnlyList<string> roles)
    {
        if (roles.Count == 0) return [new Delivery(_fallback, [], NoOwnerNamed: true)];
        var holders = roles.SelectMany(r => _byRole[r]).DistinctBy(o => o.Email, StringComparer.OrdinalIgnoreCase).Select(o => new Delivery(ToRecipient(o), [], false));
        var unheld = roles.Where(r => !_byRole[r].Any()).Distinct(StringComparer.Ordinal).ToList();
        var all = unheld.Count == 0 ? holders : holders.Append(new Delivery(_fallback, unheld, false));
        return all.GroupBy(d => d.To.Email, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Delivery(g.First().To, g.SelectMany(d => d.UnheldRoles).ToList(), g.Any(d => d.NoOwnerNamed)))
            .ToList();
    }

    private static Recipient ToRecipient(Owner owner) => new(owner.Name, owner.Email, owner.Language);
}
