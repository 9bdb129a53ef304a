namespace RiskWorker.Reports.Council;

/// <summary>The PDF could not be made; the HTML it was to be made from is still there.</summary>
internal sealed class PdfPrintException(string message) : Exception(message);
