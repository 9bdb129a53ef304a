using System.Globalization;
using System.Text;
using RiskWorker.Reviews;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Makes the Council pack files: the HTML first (always, when there is an evaluation), then the PDF printed from it.
/// The one entry point for the <c>report council</c> verb and for the campaign's T-7 mailing.
/// </summary>
internal sealed class CouncilPackWriter(CouncilPackBuilder builder, ChromiumPdf chromium)
{
    /// <summary>Writes <c>BODY-pack-DATE-LANG.html</c> (and <c>.pdf</c> unless <paramref name="pdf"/> is false) into <paramref name="directory"/>.</summary>
    /// <returns>The files written; null when no evaluation exists on or before <paramref name="asOf"/> (nothing is written).</returns>
    public async Task<CouncilPackFiles?> WriteAsync(ReviewBody body, DateOnly asOf, string language, string directory, bool pdf, CancellationToken cancellationToken) =>
        await builder.BuildAsync(body, asOf, language, cancellationToken).ConfigureAwait(false) is { } pack
            ? await WriteAsync(pack, directory, pdf, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>Writes a pack already gathered (see <see cref="CouncilPack.In"/> for the same pack in several languages).</summary>
    public async Task<CouncilPackFiles> WriteAsync(CouncilPack pack, string directory, bool pdf, CancellationToken cancellationToken)
    {
        var html = await CouncilHtml.RenderAsync(pack).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        var name = string.Create(CultureInfo.InvariantCulture, $"{pack.Body.Id}-pack-{pack.Evaluation.AsOf:yyyy-MM-dd}-{pack.Text.Language}");
        var htmlPath = Path.GetFullPath(Path.Combine(directory, name + ".html"));
        var temporary = htmlPath + ".partial";
        await File.WriteAllTextAsync(temporary, html, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, htmlPath, overwrite: true);

        var files = new CouncilPackFiles(pack, htmlPath, null, null);
        if (!pdf) return files;
        var pdfPath = Path.ChangeExtension(htmlPath, ".pdf");
        try
        {
            await chromium.PrintAsync(htmlPath, pdfPath, cancellationToken).ConfigureAwait(false);
            return files with { Pdf = pdfPath };
        }
        catch (PdfPrintException ex)
        {
            return files with { PdfProblem = ex.Line };
        }
    }
}
