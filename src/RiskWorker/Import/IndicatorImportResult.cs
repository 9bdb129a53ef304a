using System.Globalization;

namespace RiskWorker.Import;

/// <summary>What an indicator import wrote (or, in a dry run, would write).</summary>
internal sealed record IndicatorImportResult(int Rows, int Indicators, int Scopes, int Periods, int Inserted, int Replaced, bool DryRun)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(DryRun ? "Dry run, nothing written: would import" : "Imported")} {Rows:N0} rows: {Indicators} indicators, {Scopes} scopes, {Periods} periods; "
        + $"{Inserted:N0} new values, {Replaced:N0} replaced.");
}
