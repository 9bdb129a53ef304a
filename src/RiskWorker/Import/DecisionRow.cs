using RiskEngine;
using RiskWorker.Reviews;

namespace RiskWorker.Import;

/// <summary>
/// One row of a decisions file: a risk the body reviews, a decision in any of the register's languages, a note, and for
/// treat the new action, its owning office and due date (which only treat may carry).
/// </summary>
internal sealed class DecisionRow(IRiskRegister register, ReviewBody body, ITableSource source, ColumnMap map, TableRow row, List<ImportError> errors)
{
    private readonly Words _words = source.Words;

    public RiskDecision? Read()
    {
        var before = errors.Count;
        var riskText = map.Get(row, "risk").Text;
        var risk = register.FindRisk(riskText) ?? register.FindRisk(riskText.Replace(',', '.'));
        if (risk is null) Fail("risk", riskText.Length == 0 ? source.Missing("risk-code") : ActionRow.UnknownRisk(register, _words, riskText));
        else if (!body.Covers(risk.Code)) Fail("risk", _words.Format("error.import.not-reviewed", ("risk", risk.Code), ("body", body.Id), ("risks", string.Join(", ", body.RiskCodes))));
        var decisionText = map.Get(row, "decision").Text;
        var accepted = ImportWords.Of(register.Words);
        var decision = accepted.Decision(decisionText);
        if (decision is null)
        {
            Fail("decision", decisionText.Length == 0 ? source.Missing("decision")
                : _words.Format("error.import.not-a-decision", ("text", decisionText), ("accepted", accepted.DecisionsAccepted(_words))));
        }

        var note = map.Get(row, "note").Text;
        var action = decision == DecisionKind.Treat ? Action(risk?.Code) : NoAction(decisionText);
        return errors.Count > before ? null : new RiskDecision(risk!.Code, decision!.Value, note.Length == 0 ? null : note, action);
    }

    private MitigationAction? Action(string? risk)
    {
        var text = map.Get(row, "action").Text;
        if (text.Length == 0) Fail("action", _words["error.import.treat-needs-action"]);
        var ownerText = map.Get(row, "owner").Text;
        var owner = Offices.Find(register, ownerText);
        if (owner is null) Fail("owner", ownerText.Length == 0 ? _words["error.import.treat-needs-owner"] : _words.Format("error.import.unknown-office", ("office", ownerText)));
        var cell = map.Get(row, "due");
        DateOnly due = default;
        if (cell.IsEmpty) Fail("due", _words["error.import.treat-needs-due"]);
        else if (!ImportDates.TryRead(cell, out due)) Fail("due", _words.Format("error.import.not-a-date", ("text", cell.Text)));
        return risk is null || text.Length == 0 || owner is null || due == default ? null : new MitigationAction(risk, text, owner.Code, due, "planned");
    }

    // An action, owner or due date beside accept, escalate or close would be silently dropped: say so instead.
    private MitigationAction? NoAction(string decisionText)
    {
        foreach (var column in new[] { "action", "owner", "due" }.Where(c => !map.Get(row, c).IsEmpty))
        {
            Fail(column, _words.Format("error.import.only-treat." + column, ("decision", decisionText)));
        }

        return null;
    }

    private void Fail(string column, string message) => errors.Add(new ImportError(row.Number, map.Locate(source, row.Number, column), message));
}
