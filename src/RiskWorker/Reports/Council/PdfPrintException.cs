using RiskWorker.Cli;

namespace RiskWorker.Reports.Council;

/// <summary>The PDF could not be made; the HTML it was to be made from is still there. <see cref="CliLineException.Line"/> says why.</summary>
internal sealed class PdfPrintException(CliLine line) : CliLineException(line);
