namespace RiskWorker.Import;

/// <summary>What <c>scopes import</c> stored (or, in a dry run, would store).</summary>
internal sealed record ScopeImportResult(int Scopes, int Added, int Updated, bool DryRun)
{
    public override string ToString() => $"{(DryRun ? "Dry run, nothing written: would store" : "Stored")} {Scopes} scopes: {Added} new, {Updated} updated.";
}
