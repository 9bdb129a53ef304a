using RiskEngine;
using RiskWorker.Reviews;

namespace RiskWorker.Import;

/// <summary>
/// One row of a decisions file: a risk the body reviews, a decision in any of the three languages, a note, and for
/// treat the new action, its owning office and due date (which only treat may carry).
/// </summary>
internal sealed class DecisionRow(IRiskRegister register, ReviewBody body, ITableSource source, ColumnMap map, TableRow row, List<ImportError> errors)
{
    public RiskDecision? Read()
    {
        var before = errors.Count;
        var riskText = map.Get(row, "risk").Text;
        var risk = register.FindRisk(riskText) ?? register.FindRisk(riskText.Replace(',', '.'));
        if (risk is null) Fail("risk", riskText.Length == 0 ? source.Missing("risk code") : $"unknown risk '{riskText}' (the register has {string.Join(", ", register.Risks.Select(r => r.Code))})");
        else if (!body.Covers(risk.Code)) Fail("risk", $"risk {risk.Code} is not among the risks {body.Id} reviews ({string.Join(", ", body.RiskCodes)})");
        var decisionText = map.Get(row, "decision").Text;
        var words = ImportWords.Of(register.Words);
        var decision = words.Decision(decisionText);
        if (decision is null) Fail("decision", decisionText.Length == 0 ? source.Missing("decision") : $"'{decisionText}' is not a decision: {words.DecisionsAccepted}");
        var note = map.Get(row, "note").Text;
        var action = decision == DecisionKind.Treat ? Action(risk?.Code) : NoAction(decisionText);
        return errors.Count > before ? null : new RiskDecision(risk!.Code, decision!.Value, note.Length == 0 ? null : note, action);
    }

    private MitigationAction? Action(string? risk)
    {
        var text = map.Get(row, "action").Text;
        if (text.Length == 0) Fail("action", "a treat decision needs the action to take");
        var ownerText = map.Get(row, "owner").Text;
        var owner = Offices.Find(register, ownerText);
        if (owner is null) Fail("owner", ownerText.Length == 0 ? "a treat decision needs the owning office" : $"unknown office '{ownerText}' (use a code or a name from rules/offices.json)");
        var cell = map.Get(row, "due");
        DateOnly due = default;
        if (cell.IsEmpty) Fail("due", "a treat decision needs a due date");
        else if (!ImportDates.TryRead(cell, out due)) Fail("due", $"'{cell.Text}' is not a date ({ImportDates.Accepted})");
        return risk is null || text.Length == 0 || owner is null || due == default ? null : new MitigationAction(risk, text, owner.Code, due, "planned");
    }

    // An action, owner or due date beside accept, escalate or close would be silently dropped: say so instead.
    private MitigationAction? NoAction(string decisionText)
    {
        foreach (var column in new[] { "action", "owner", "due" }.Where(c => !map.Get(row, c).IsEmpty))
        {
            Fail(column, $"only a treat decision takes {(column == "due" ? "a due date" : "an " + column)}; this row's decision is '{decisionText}'");
        }

        return null;
    }

    private void Fail(string column, string message) => errors.Add(new ImportError(row.Number, source.Locate(row.Number, map[column], column), message));
}
