using System.Text;
using RiskEngine;

namespace RiskWorker.Output;

/// <summary>The plain-text table <c>evaluate</c> prints, in the chosen language (the JSON keeps its English values).</summary>
internal static class EvaluationTable
{
    private static readonly string[] Columns = ["code", "likelihood", "impact", "score", "level", "appetite", "movement", "stale", "worst-scope", "title"];

    public static string Render(Evaluation evaluation, IRiskRegister register, string language)
    {
        var w = register.Words.For(language);
        var s = new StringBuilder();
        if (evaluation.Illustrative) s.AppendLine(Labels.Illustrative(language, register)).AppendLine();
        s.AppendLine($"{w["table.as-of"]} {evaluation.AsOf:yyyy-MM-dd} · {w["table.rules"]} {evaluation.RuleSetVersion}");
        var header = Columns.Select(c => w["table.column." + c]).ToList();
        var rows = evaluation.Risks.Select(r => Cells(r, register, w)).ToList();
        // Column widths follow the words, as the Kyrgyz and Russian headers are longer than the English ones.
        var widths = TextColumns.Widths([header, .. rows]);
        s.AppendLine(TextColumns.Line(header, widths));
        foreach (var (risk, cells) in evaluation.Risks.Zip(rows))
        {
            s.AppendLine(TextColumns.Line(cells, widths));
            foreach (var reason in risk.Reasons) s.AppendLine($"      · [{reason.Rule}] {DrivenBy(reason, register, w)}{reason.Text.Get(w.Language)}");
            if (risk.Stale) s.AppendLine($"      · {w["table.stale-or-missing"]}: {string.Join(", ", risk.StaleIndicators.Select(c => Named(c, register, w.Language)))}");
        }

        return s.ToString();
    }

    private static IReadOnlyList<string> Cells(RiskAssessment r, IRiskRegister register, Words w) =>
    [
        r.Code, $"{r.Likelihood}", $"{r.Impact}", $"{r.Score}", w.Level(r.Level), w[r.AboveAppetite ? "table.above" : "table.within"],
        w.Movement(r.Movement), r.Stale ? w.YesNo(true) : "",
        // The institution-wide scope by the institution's name, as in the reasons; faculties by their codes.
        r.WorstScope == Scopes.University ? register.Identity.InstitutionShort.Get(w.Language) : r.WorstScope, register.FindRisk(r.Code)!.Title.Get(w.Language),
    ];

    // A reason from a link between risks leads with the risk that raised it; its text goes on to say why that one is rated so.
    private static string DrivenBy(Reason reason, IRiskRegister register, Words w) =>
        reason.Driver is { } driver ? $"↑ {w.RaisedBy(driver, register.FindRisk(driver)?.Title.Get(w.Language) ?? driver)}: " : "";

    private static string Named(string code, IRiskRegister register, string language) =>
        register.FindIndicator(code) is { } indicator ? $"{indicator.Name.Get(language)} ({code})" : code;
}
