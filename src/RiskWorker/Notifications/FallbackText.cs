using RiskEngine;
using RiskWorker.Notifications.Routing;

namespace RiskWorker.Notifications;

/// <summary>Says, in the reader's language, why items of roles nobody holds came to the fallback recipient.</summary>
internal static class FallbackText
{
    public static IReadOnlyList<string> Notes(IEnumerable<(Delivery Delivery, string Item)> items, IRiskRegister register, string language)
    {
        var words = register.Words.For(language);
        language = words.Language;
        var list = items.ToList();
        var office = register.FindOffice(register.Identity.FallbackOffice)?.Name.Get(language) ?? register.Identity.FallbackOffice;
        var unheld = list.SelectMany(x => x.Delivery.UnheldRoles.Select(role => (Role: role, x.Item)))
            .GroupBy(x => x.Role, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => words.Format("mail.fallback.role-held-by-nobody", ("role", register.FindOffice(g.Key)?.Name.Get(language) ?? g.Key), ("office", office),
                ("items", string.Join(", ", g.Select(x => x.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))));
        var noOwner = list.Where(x => x.Delivery.NoOwnerNamed).Select(x => x.Item).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(risk => words.Format("mail.fallback.no-owner", ("risk", risk), ("office", office)));
        return unheld.Concat(noOwner).ToList();
    }
}
