using RiskEngine;

namespace RiskWorker.Import;

/// <summary>What <c>import actions</c> stored (or, in a dry run, would store).</summary>
internal sealed record ActionImportResult(int Actions, int Planned, int InProgress, int Done, int Overdue, DateOnly AsOf, int ReplacedStored, bool DryRun)
{
    public string Describe(Words words) =>
        words.Format(DryRun ? "import.result.actions-dry-run" : "import.result.actions", ("actions", Actions), ("planned", Planned), ("inProgress", InProgress),
            ("done", Done), ("replaced", ReplacedStored), ("overdue", Overdue), ("asOf", AsOf));
}
