namespace RiskWorker.Export;

/// <summary>What an export wrote and where its ratings came from.</summary>
internal sealed record ExportResult(string Path, int Risks, int Rows, DateOnly AsOf, long? EvaluationId, bool FromStored, bool Illustrative)
{
    public override string ToString() =>
        $"Wrote {Risks} risks ({Rows} rows) as of {AsOf:yyyy-MM-dd} to {Path}, from "
        + (FromStored ? $"stored evaluation #{EvaluationId}" : $"a new evaluation (#{EvaluationId}; none was stored for that date with these rules)")
        + (Illustrative ? ". ILLUSTRATIVE demo data, labelled so in the file." : ".");
}
