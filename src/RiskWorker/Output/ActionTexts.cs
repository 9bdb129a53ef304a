using RiskEngine;

namespace RiskWorker.Output;

/// <summary>
/// A dated action's text for a reader. Actions are stored as written; one that is its risk's own register action (the
/// demo's, or an import that copied the plan's wording) is shown in the reader's language, so a Russian or English
/// reader does not get the Kyrgyz text the file happened to hold. Free text stays as written.
/// </summary>
internal static class ActionTexts
{
    public static string InLanguage(IRiskRegister register, MitigationAction action, string language) =>
        register.FindRisk(action.Risk)?.Actions.FirstOrDefault(a => action.Text == a.Ky || action.Text == a.Ru || action.Text == a.En) is { } known
            ? known.Get(language)
            : action.Text;
}
