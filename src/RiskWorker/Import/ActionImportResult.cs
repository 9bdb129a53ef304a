namespace RiskWorker.Import;

/// <summary>What <c>import actions</c> stored (or, in a dry run, would store).</summary>
internal sealed record ActionImportResult(int Actions, int Planned, int InProgress, int Done, int Overdue, DateOnly AsOf, int ReplacedStored, bool DryRun)
{
    public override string ToString() =>
        $"{(DryRun ? "Dry run, nothing written: would store" : "Stored")} {Actions} actions ({Planned} planned, {InProgress} in progress, {Done} done), "
        + $"replacing the {ReplacedStored} stored before; {Overdue} overdue as of {AsOf:yyyy-MM-dd}.";
}
