using RiskEngine;

namespace RiskWorker.Import;

/// <summary>What <c>scopes import</c> stored (or, in a dry run, would store).</summary>
internal sealed record ScopeImportResult(int Scopes, int Added, int Updated, bool DryRun)
{
    public string Describe(Words words) =>
        words.Format(DryRun ? "import.result.scopes-dry-run" : "import.result.scopes", ("scopes", Scopes), ("added", Added), ("updated", Updated));
}
