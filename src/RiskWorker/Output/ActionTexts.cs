using RiskEngine;

namespace RiskWorker.Output;

/// <summary>
/// A dated action's text for a reader. Actions are stored as written; one that is the register's own action (the
/// demo's, or an import that copied the plan's wording) is shown in the reader's language, so a Russian or English
/// reader does not get the Kyrgyz text the file happened to hold. Free text stays as written.
/// </summary>
internal static class ActionTexts
{
    public static string InLanguage(IRiskRegister register, string text, string language) =>
        register.Risks.SelectMany(r => r.Actions).FirstOrDefault(a => text == a.Ky || text == a.Ru || text == a.En) is { } known
            ? known.Get(language)
            : text;
}
