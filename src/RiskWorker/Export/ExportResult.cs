using RiskEngine;

namespace RiskWorker.Export;

/// <summary>What an export wrote and where its ratings came from.</summary>
internal sealed record ExportResult(string Path, int Risks, int Rows, DateOnly AsOf, long? EvaluationId, bool FromStored, bool Illustrative)
{
    /// <summary>What <c>export assessments</c> prints.</summary>
    public string In(Words words) =>
        words.Format("cli.export.written", ("risks", Risks), ("rows", Rows), ("asOf", AsOf), ("path", Path),
            ("source", words.Format(FromStored ? "cli.export.from-stored" : "cli.export.from-new", ("evaluation", EvaluationId))))
        + words[Illustrative ? "cli.export.illustrative" : "cli.export.end"];
}
