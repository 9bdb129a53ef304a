using RiskEngine;
using RiskWorker.Owners;

namespace RiskWorker.Demo;

/// <summary>
/// Illustrative owners for the demo, made from the register's own offices and languages: one made-up person per office
/// at example.org (a domain reserved for examples, so nothing reaches a real inbox), named after the office in their
/// language and labelled illustrative. Languages take turns over the register's offered languages, its default first;
/// the fallback office's person speaks the default language and sits at the configured fallback address. The last
/// office other than the fallback is left unheld on purpose, so the demo shows a role nobody holds reaching the fallback.
/// </summary>
internal static class DemoOwners
{
    /// <param name="register">The register whose offices and languages the people are made from.</param>
    /// <param name="fallbackEmail">Notifications:FallbackEmail, where the fallback office's mail goes; null for an example.org address.</param>
    public static IReadOnlyList<Owner> For(IRiskRegister register, string? fallbackEmail)
    {
        var languages = register.Identity.Languages;
        var fallback = register.Identity.FallbackOffice;
        var unheld = register.Offices.LastOrDefault(o => o.Code != fallback)?.Code;
        var owners = new List<Owner>();
        foreach (var office in register.Offices.Where(o => o.Code != unheld))
        {
            var isFallback = office.Code == fallback;
            var language = isFallback ? languages[0] : languages[owners.Count % languages.Count];
            var email = isFallback && !string.IsNullOrWhiteSpace(fallbackEmail) ? fallbackEmail : $"{LocalPart(office.Code, owners.Count)}@example.org";
            var name = register.Words.For(language).Format("demo.person", ("office", office.Name.Get(language)));
            owners.Add(new Owner(name, email, language, [office.Code], Illustrative: true));
        }

        return owners;
    }

    // An office code is free text; an address's local part is kept to letters, digits, dots and hyphens.
    private static string LocalPart(string code, int index)
    {
        var part = new string(code.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' ? c : '-').ToArray()).Trim('-', '.');
        return part.Length > 0 ? part : $"office{index + 1}";
    }
}
