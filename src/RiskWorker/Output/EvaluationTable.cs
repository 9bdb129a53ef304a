using System.Text;
using RiskEngine;

namespace RiskWorker.Output;

/// <summary>The plain-text table <c>evaluate</c> prints, in the chosen language (the JSON keeps its English values).</summary>
internal static class EvaluationTable
{
    public static string Render(Evaluation evaluation, IRiskRegister register, string language)
    {
        var s = new StringBuilder();
        if (evaluation.Illustrative) s.AppendLine(Labels.Illustrative(language, register)).AppendLine();
        s.AppendLine($"{Labels.AsOf(language)} {evaluation.AsOf:yyyy-MM-dd} · {Labels.Rules(language)} {evaluation.RuleSetVersion}");
        var header = Labels.TableHeader(language);
        var rows = evaluation.Risks.Select(r => Cells(r, register, language)).ToList();
        // Column widths follow the words, as the Kyrgyz and Russian headers are longer than the English ones.
        var widths = TextColumns.Widths([header, .. rows]);
        s.AppendLine(TextColumns.Line(header, widths));
        foreach (var (risk, cells) in evaluation.Risks.Zip(rows))
        {
            s.AppendLine(TextColumns.Line(cells, widths));
            foreach (var reason in risk.Reasons) s.AppendLine($"      · [{reason.Rule}] {DrivenBy(reason, register, language)}{reason.Text.Get(language)}");
            if (risk.Stale) s.AppendLine($"      · {Labels.StaleOrMissing(language)}: {string.Join(", ", risk.StaleIndicators.Select(c => Named(c, register, language)))}");
        }

        return s.ToString();
    }

    private static IReadOnlyList<string> Cells(RiskAssessment r, IRiskRegister register, string language) =>
    [
        r.Code, $"{r.Likelihood}", $"{r.Impact}", $"{r.Score}", Labels.Level(r.Level, language), Labels.Appetite(r.AboveAppetite, language),
        Labels.Movement(r.Movement, language), r.Stale ? Labels.YesNo(true, language) : "", r.WorstScope, register.FindRisk(r.Code)!.Title.Get(language),
    ];

    // A reason from a link between risks leads with the risk that raised it; its text goes on to say why that one is rated so.
    private static string DrivenBy(Reason reason, IRiskRegister register, string language) =>
        reason.Driver is { } driver ? $"↑ {Labels.RaisedBy(driver, register.FindRisk(driver)?.Title.Get(language) ?? driver, language)}: " : "";

    private static string Named(string code, IRiskRegister register, string language) =>
        register.FindIndicator(code) is { } indicator ? $"{indicator.Name.Get(language)} ({code})" : code;
}
