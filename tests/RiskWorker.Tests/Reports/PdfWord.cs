namespace RiskWorker.Tests.Reports;

/// <summary>A word on a PDF page with its horizontal extent in points, as <c>pdftotext -bbox</c> reports it.</summary>
public sealed record PdfWord(int Page, double PageWidth, double XMin, double XMax, string Text);
