namespace RiskWorker.Reports.Council;

/// <summary>How the Council pack is printed to PDF.</summary>
internal sealed class CouncilPackOptions
{
    /// <summary>Chromium (or Chrome) executable. Default null: the first of chromium, chromium-browser, google-chrome, google-chrome-stable on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Longest a PDF print may take before Chromium is stopped. Default 2 minutes; must be positive.</summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
