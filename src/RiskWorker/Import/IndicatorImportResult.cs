using RiskEngine;

namespace RiskWorker.Import;

/// <summary>What an indicator import wrote (or, in a dry run, would write).</summary>
internal sealed record IndicatorImportResult(int Rows, int Indicators, int Scopes, int Periods, int Inserted, int Replaced, bool DryRun)
{
    public string Describe(Words words) =>
        words.Format(DryRun ? "import.result.indicators-dry-run" : "import.result.indicators", ("rows", Rows), ("indicators", Indicators), ("scopes", Scopes),
            ("periods", Periods), ("inserted", Inserted), ("replaced", Replaced));
}
