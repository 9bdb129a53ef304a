using RiskEngine;
using RiskWorker.Reviews;

namespace RiskWorker.Import;

/// <summary>
/// Reads a decisions file (<c>.csv</c> or <c>.xlsx</c>, headers in en, ru or ky) with the imports' readers and
/// error reporting: every row checked, one decision per risk, and the whole file refused on any error.
/// </summary>
internal sealed class DecisionImporter(IRiskRegister register)
{
    /// <exception cref="ImportRefusedException">Any row is wrong; every error names its line and column.</exception>
    public IReadOnlyList<RiskDecision> Read(string path, ReviewBody body)
    {
        using var source = TableSource.Open(path);
        var errors = new List<ImportError>();
        var decisions = new List<RiskDecision>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new HeaderedTable(source, ImportColumns.Decisions, path);
        foreach (var row in table.Rows())
        {
            if (new DecisionRow(register, body, source, table.Map!, row, errors).Read() is not { } decision) continue;
            if (seen.TryGetValue(decision.Risk, out var first))
            {
                errors.Add(new ImportError(row.Number, source.Locate(row.Number, table.Map!["risk"], "risk"), $"a second decision on risk {decision.Risk} (the first: {source.Locate(first, table.Map!["risk"], "risk")})"));
                continue;
            }

            seen[decision.Risk] = row.Number;
            decisions.Add(decision);
        }

        if (errors.Count > 0) throw new ImportRefusedException(path, errors);
        if (decisions.Count == 0) throw new ImportRefusedException(path, [new ImportError(0, Path.GetFileName(path), "no decisions below the header")]);
        return decisions;
    }
}
