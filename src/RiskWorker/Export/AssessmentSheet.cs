using System.Globalization;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Export;

/// <summary>
/// The register as a table to circulate: title lines (the ILLUSTRATIVE label when the data is the demo, the date, the
/// rule-set version and where the ratings come from), a header row, then one row per reason (a risk with no reason has
/// one row with the reason cells empty), each ending with the risk's latest decision by a review body (empty when none).
/// Cells keep their types: numbers stay numbers.
/// </summary>
internal sealed record AssessmentSheet(IReadOnlyList<string> Titles, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows)
{
    public static AssessmentSheet Build(Evaluation evaluation, bool stored, IRiskRegister register, string language,
        IReadOnlyDictionary<string, RecordedDecision> decisions, Func<string, string, string> bodyName)
    {
        var w = register.Words.For(language);
        var titles = new List<string>();
        if (evaluation.Illustrative) titles.Add(Labels.Illustrative(language, register));
        titles.Add(string.Create(CultureInfo.InvariantCulture,
            $"{w["table.as-of"]} {evaluation.AsOf:yyyy-MM-dd} · {w["table.rules"]} {evaluation.RuleSetVersion} · {ExportLabels.Source(stored, w)}{(evaluation.Id is { } id ? $" #{id}" : "")}"));
        // Who the table is about, as the register names itself: a circulated file outlives the folder it came from.
        titles.Add($"{register.Identity.Institution.Get(language)} · {register.Identity.Plan.Title.Get(language)} · {register.Identity.Id}");

        var rows = new List<object?[]>();
        foreach (var a in evaluation.Risks)
        {
            var risk = register.FindRisk(a.Code)!;
            var owners = risk.Owners.Count == 0
                ? w["table.not-stated"]
                : string.Join("; ", risk.Owners.Select(o => register.FindOffice(o)?.Name.Get(language) ?? o));
            object?[] head =
            [
                a.Code, a.Category, risk.Title.Get(language), a.Likelihood, a.Impact, a.Score, w.Level(a.Level), a.Appetite,
                w.YesNo(a.AboveAppetite), w.Movement(a.Movement), w.YesNo(a.Stale),
                a.WorstScope, owners,
            ];
            object?[] decision = decisions.GetValueOrDefault(a.Code) is { } d
                ? [bodyName(d.Body, language), d.ReviewedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Decision(d.Decision.Decision), d.Decision.Note]
                : [null, null, null, null];
            if (a.Reasons.Count == 0) rows.Add([.. head, null, null, null, null, null, null, null, null, .. decision]);
            foreach (var r in a.Reasons) rows.Add([.. head, r.Rule, r.Indicator, r.Scope, r.Value, r.Target, r.Gap, r.Driver, r.Text.Get(language), .. decision]);
        }

        return new AssessmentSheet(titles, ExportLabels.HeaderRow(w), rows);
    }
}
