using RiskEngine;

namespace RiskWorker.Import;

/// <summary>One row of an actions file: a known risk, text, an office (by code or by its name in any language), dates and status.</summary>
internal sealed class ActionRow(IRiskRegister register, ITableSource source, ColumnMap map, TableRow row, List<ImportError> errors)
{
    private readonly Words _words = source.Words;

    public MitigationAction? Read()
    {
        var before = errors.Count;
        var riskText = map.Get(row, "risk").Text;
        var risk = register.FindRisk(riskText) ?? register.FindRisk(riskText.Replace(',', '.'));
        if (risk is null) Fail("risk", riskText.Length == 0 ? source.Missing("risk-code") : UnknownRisk(register, _words, riskText));
        var text = map.Get(row, "action").Text;
        if (text.Length == 0) Fail("action", source.Missing("action-text"));
        var ownerText = map.Get(row, "owner").Text;
        var owner = Offices.Find(register, ownerText);
        if (owner is null) Fail("owner", ownerText.Length == 0 ? source.Missing("owning-role") : _words.Format("error.import.unknown-office", ("office", ownerText)));
        var due = Date("due");
        var statusText = map.Get(row, "status").Text;
        var accepted = ImportWords.Of(register.Words);
        var status = accepted.Status(statusText);
        if (status is null) Fail("status", _words.Format("error.import.not-a-status", ("text", statusText), ("accepted", accepted.StatusesAccepted(_words))));
        var done = Date("done");
        if (done is not null && status is not null and not "done") Fail("done", _words.Format("error.import.done-not-done", ("status", statusText)));
        return errors.Count > before ? null : new MitigationAction(risk!.Code, text, owner!.Code, due, status!, done);
    }

    /// <summary>The message for a risk code the register does not have, listing the ones it has.</summary>
    public static string UnknownRisk(IRiskRegister register, Words words, string written) =>
        words.Format("error.import.unknown-risk", ("risk", written), ("risks", string.Join(", ", register.Risks.Select(r => r.Code))));

    private DateOnly? Date(string column)
    {
        var cell = map.Get(row, column);
        if (cell.IsEmpty) return null;
        if (ImportDates.TryRead(cell, out var date)) return date;
        Fail(column, _words.Format("error.import.not-a-date", ("text", cell.Text)));
        return null;
    }

    private void Fail(string column, string message) => errors.Add(new ImportError(row.Number, map.Locate(source, row.Number, column), message));
}
