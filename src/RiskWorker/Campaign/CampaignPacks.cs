using Microsoft.Extensions.Logging;
using RiskEngine;
using RiskWorker.Mail;
using RiskWorker.Reports.Council;
using RiskWorker.Reviews;

namespace RiskWorker.Campaign;

/// <summary>
/// Makes the T-7 attachments with the same writer as <c>report council</c>: one pack per language, from today's
/// evaluation (made first when there is none for today). The PDF when Chromium prints it, else the HTML, said so in
/// the mail. The files are read into the message and their folder removed: the outbox keeps the bytes.
/// </summary>
internal sealed partial class CampaignPacks(CouncilPackBuilder builder, CouncilPackWriter writer, IAssessmentHistory history, IRiskEvaluator evaluator, IRiskRegister register, ILogger<CampaignPacks> logger)
{
    public async Task<IReadOnlyDictionary<string, PackAttachment>> MakeAsync(ReviewBody body, DateOnly today, IEnumerable<string> languages, CancellationToken cancellationToken)
    {
        if ((await history.GetLatestAsync(today, cancellationToken).ConfigureAwait(false))?.AsOf != today)
        {
            await evaluator.EvaluateAsync(today, cancellationToken).ConfigureAwait(false);
        }

        // Gathered once; each language only changes the words.
        var pack = await builder.BuildAsync(body, today, register.Identity.DefaultLanguage, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No evaluation on or before {today:yyyy-MM-dd} although one was just made.");
        var folder = Directory.CreateTempSubdirectory("riskengine-campaign-");
        try
        {
            var packs = new Dictionary<string, PackAttachment>(StringComparer.Ordinal);
            foreach (var language in languages.Distinct(StringComparer.Ordinal))
            {
                var files = await writer.WriteAsync(pack.In(language), folder.FullName, pdf: true, cancellationToken).ConfigureAwait(false);
                if (files.Pdf is null) LogNoPdf(language, files.PdfProblem?.ToString());
                var path = files.Pdf ?? files.Html;
                var name = Path.GetFileName(path);
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                var evaluation = files.Pack.Evaluation;
                packs[language] = new PackAttachment(new CampaignPack(name, evaluation.AsOf, files.Pdf is not null, evaluation.Illustrative),
                    new OutboxAttachment(name, files.Pdf is null ? "text/html; charset=utf-8" : "application/pdf", bytes));
            }

            return packs;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Language} review pack could not be printed to PDF ({Problem}); the HTML is attached instead")]
    private partial void LogNoPdf(string language, string? problem);
}
