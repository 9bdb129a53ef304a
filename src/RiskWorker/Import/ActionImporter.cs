using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// <c>import actions</c>: the file is the office's whole list of dated mitigation actions (the model is the accreditation
/// recommendations "by 01.09.2026"); it replaces the stored list in one transaction, or nothing when any row is wrong.
/// </summary>
internal sealed class ActionImporter(IRiskRegister register, IMitigationActionStore store)
{
    /// <param name="asOf">The day the summary counts overdue actions on (the verb's <c>--as-of</c>, default today in the register's time zone).</param>
    /// <param name="words">The reader's words, in which the progress and every error are written.</param>
    public async Task<ActionImportResult> ImportAsync(string path, bool dryRun, DateOnly asOf, Words words, IImportProgress progress, CancellationToken cancellationToken)
    {
        using var source = TableSource.Open(path, words);
        progress.Line(source.Description);
        var errors = new List<ImportError>();
        var actions = new List<MitigationAction>();
        var table = new HeaderedTable(source, ImportColumns.Actions(register.Words), path);
        foreach (var row in table.Rows())
        {
            if (new ActionRow(register, source, table.Map!, row, errors).Read() is { } action) actions.Add(action);
        }

        if (errors.Count > 0) throw new ImportRefusedException(path, errors, words);

        var before = (await store.GetAllAsync(cancellationToken).ConfigureAwait(false)).Count;
        if (!dryRun) await store.ReplaceAllAsync(actions, cancellationToken).ConfigureAwait(false);
        return new ActionImportResult(actions.Count, actions.Count(a => a.Status == "planned"), actions.Count(a => a.Status == "in-progress"),
            actions.Count(a => a.Status == "done"), actions.Count(a => a.IsOverdue(asOf)), asOf, before, dryRun);
    }
}
