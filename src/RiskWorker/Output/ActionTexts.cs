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
        register.FindRisk(action.Risk)?.Actions.FirstOrDefault(a => a.Texts.Any(t => t.Value == action.Text)) is { } known
            ? known.Get(language)
            : action.Text;
}
