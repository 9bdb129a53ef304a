using RiskEngine;
using RiskWorker.Reviews;

namespace RiskWorker.Import;

/// <summary>
/// Reads a decisions file (<c>.csv</c> or <c>.xlsx</c>, headers in any of the register's languages) with the imports' readers and
/// error reporting: every row checked, one decision per risk, and the whole file refused on any error.
/// </summary>
internal sealed class DecisionImporter(IRiskRegister register)
{
    /// <exception cref="ImportRefusedException">Any row is wrong; every error names its line and column.</exception>
    /// <param name="words">The reader's words, in which every error is written.</param>
    public IReadOnlyList<RiskDecision> Read(string path, ReviewBody body, Words words)
    {
        using var source = TableSource.Open(path, words);
        var errors = new List<ImportError>();
        var decisions = new List<RiskDecision>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new HeaderedTable(source, ImportColumns.Decisions(register.Words), path);
        foreach (var row in table.Rows())
        {
            if (new DecisionRow(register, body, source, table.Map!, row, errors).Read() is not { } decision) continue;
            if (seen.TryGetValue(decision.Risk, out var first))
            {
                errors.Add(new ImportError(row.Number, table.Map!.Locate(source, row.Number, "risk"),
                    words.Format("error.import.second-decision", ("risk", decision.Risk), ("first", table.Map!.Locate(source, first, "risk")))));
                continue;
            }

            seen[decision.Risk] = row.Number;
            decisions.Add(decision);
        }

        if (errors.Count > 0) throw new ImportRefusedException(path, errors, words);
        if (decisions.Count == 0) throw new ImportRefusedException(path, [new ImportError(0, Path.GetFileName(path), words["error.import.no-decisions"])], words);
        return decisions;
    }
}
