using RiskEngine;
using RiskWorker.Notifications.Routing;
using RiskWorker.Notifications.Templates;

namespace RiskWorker.Notifications;

/// <summary>Says, in the reader's language, why items of roles nobody holds came to the fallback recipient.</summary>
internal static class FallbackText
{
    public static IReadOnlyList<string> Notes(IEnumerable<(Delivery Delivery, string Item)> items, IRiskRegister register, string language)
    {
        var words = MailWords.For(language);
        var list = items.ToList();
        var office = register.FindOffice(register.Identity.FallbackOffice)?.Name.Get(language) ?? register.Identity.FallbackOffice;
        var unheld = list.SelectMany(x => x.Delivery.UnheldRoles.Select(role => (Role: role, x.Item)))
            .GroupBy(x => x.Role, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => words.RoleHeldByNobody(register.FindOffice(g.Key)?.Name.Get(language) ?? g.Key, office,
                string.Join(", ", g.Select(x => x.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))));
        var noOwner = list.Where(x => x.Delivery.NoOwnerNamed).Select(x => x.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(risk => words.NoOwnerInRegister(risk, office));
        return unheld.Concat(noOwner).ToList();
    }
}
