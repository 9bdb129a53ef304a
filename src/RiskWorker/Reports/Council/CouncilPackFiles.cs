namespace RiskWorker.Reports.Council;

/// <summary>What <see cref="CouncilPackWriter"/> wrote.</summary>
/// <param name="Pack">The pack as rendered (evaluation, review, language).</param>
/// <param name="Html">Full path of the HTML file.</param>
/// <param name="Pdf">Full path of the PDF, when it was made.</param>
/// <param name="PdfProblem">Why the PDF was not made, when it was asked for and failed.</param>
internal sealed record CouncilPackFiles(CouncilPack Pack, string Html, string? Pdf, RiskWorker.Cli.CliLine? PdfProblem);
