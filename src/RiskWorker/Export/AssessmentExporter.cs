using RiskEngine;
using RiskWorker.Reviews;

namespace RiskWorker.Export;

/// <summary>
/// <c>export assessments</c>: the register with ratings, reasons and owners. Uses the latest stored evaluation for that date
/// (also a past one, when later dates were evaluated since) under the current rules; otherwise evaluates (and stores, as <c>evaluate</c> does). The result says which.
/// </summary>
internal sealed class AssessmentExporter(IRiskRegister register, IRiskEvaluator evaluator, IAssessmentHistory history, IReviewStore reviews, ReviewBodies bodies)
{
    public async Task<ExportResult> ExportAsync(DateOnly asOf, string format, string language, string path, CancellationToken cancellationToken)
    {
        var latest = await history.GetLatestAsync(asOf, cancellationToken).ConfigureAwait(false);
        var stored = latest is not null && latest.AsOf == asOf && latest.RuleSetVersion == register.Version;
        var evaluation = stored ? latest! : await evaluator.EvaluateAsync(asOf, cancellationToken).ConfigureAwait(false);
        var decisions = await reviews.GetLatestDecisionsAsync(asOf, cancellationToken).ConfigureAwait(false);
        var sheet = AssessmentSheet.Build(evaluation, stored, register, language, decisions, bodies.NameOf);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        if (format == "xlsx") XlsxExport.Write(sheet, evaluation.Illustrative, register.Words.For(language)["export.sheet-name"], path);
        else CsvExport.Write(sheet, register.Words.For(language).Culture, path);
        return new ExportResult(path, evaluation.Risks.Count, sheet.Rows.Count, asOf, evaluation.Id, stored, evaluation.Illustrative);
    }
}
