using RiskEngine;

namespace RiskWorker.Import;

/// <summary>One row of an actions file: a known risk, text, an office (by code or by its name in any language), dates and status.</summary>
internal sealed class ActionRow(IRiskRegister register, ITableSource source, ColumnMap map, TableRow row, List<ImportError> errors)
{
    public MitigationAction? Read()
    {
        var before = errors.Count;
        var riskText = map.Get(row, "risk").Text;
        var risk = register.FindRisk(riskText) ?? register.FindRisk(riskText.Replace(',', '.'));
        if (risk is null) Fail("risk", riskText.Length == 0 ? source.Missing("risk code") : $"unknown risk '{riskText}' (the register has {string.Join(", ", register.Risks.Select(r => r.Code))})");
        var text = map.Get(row, "action").Text;
        if (text.Length == 0) Fail("action", source.Missing("action text"));
        var ownerText = map.Get(row, "owner").Text;
        var owner = Offices.Find(register, ownerText);
        if (owner is null) Fail("owner", ownerText.Length == 0 ? source.Missing("owning role") : $"unknown office '{ownerText}' (use a code or a name from rules/offices.json)");
        var due = Date("due");
        var statusText = map.Get(row, "status").Text;
        var words = ImportWords.Of(register.Words);
        var status = words.Status(statusText);
        if (status is null) Fail("status", $"'{statusText}' is not a status: {words.StatusesAccepted}");
        var done = Date("done");
        if (done is not null && status is not null and not "done") Fail("done", $"a done date, but the status is '{statusText}'");
        return errors.Count > before ? null : new MitigationAction(risk!.Code, text, owner!.Code, due, status!, done);
    }

    private DateOnly? Date(string column)
    {
        var cell = map.Get(row, column);
        if (cell.IsEmpty) return null;
        if (ImportDates.TryRead(cell, out var date)) return date;
        Fail(column, $"'{cell.Text}' is not a date ({ImportDates.Accepted})");
        return null;
    }

    private void Fail(string column, string message) => errors.Add(new ImportError(row.Number, source.Locate(row.Number, map[column], column), message));
}
