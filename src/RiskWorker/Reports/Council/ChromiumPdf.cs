using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace RiskWorker.Reports.Council;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium (FIELD-GUIDE §7): no sandbox (containers run as root), no
/// header/footer of its own (the pack has its own), /dev/shm not used (Docker's 64 MB crashes larger pages), a
/// throw-away profile. Judged by exit code and output file, because Debian's wrapper and D-Bus write noise to stderr.
/// </summary>
internal sealed class ChromiumPdf(IOptions<CouncilPackOptions> options)
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The executable to run, or null when none is installed.</summary>
    public string? Find()
    {
        if (options.Value.ChromiumPath is { } configured) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Candidates.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/>; the PDF appears only when printing succeeded.</summary>
    /// <exception cref="PdfPrintException">Chromium is missing, failed, timed out or wrote nothing.</exception>
    public async Task PrintAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken)
    {
        var executable = Find() ?? throw new PdfPrintException(options.Value.ChromiumPath is { } p ? new("error.pdf.not-found-at", ("path", p)) : new("error.pdf.not-found"));
        var profile = Directory.CreateTempSubdirectory("riskengine-chromium-");
        var partial = pdfPath + ".partial";
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run" })
            {
                start.ArgumentList.Add(a);
            }

            start.ArgumentList.Add("--user-data-dir=" + profile.FullName);
            start.ArgumentList.Add("--print-to-pdf=" + partial);
            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);

            var (exit, error) = await RunAsync(start, cancellationToken).ConfigureAwait(false);
            var written = File.Exists(partial) ? new FileInfo(partial).Length : 0;
            if (exit != 0 || written == 0)
            {
                var tail = string.Join(Environment.NewLine, error.Split('\n').Where(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase)).TakeLast(5));
                throw new PdfPrintException(new("error.pdf.failed", ("program", executable), ("exit", exit), ("bytes", written), ("output", tail.Length == 0 ? "" : Environment.NewLine + tail)));
            }

            File.Move(partial, pdfPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
            try { profile.Delete(recursive: true); } catch (IOException) { } // Chromium may still be flushing its profile; a temp folder left behind is harmless.
        }
    }

    private async Task<(int Exit, string Error)> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new PdfPrintException(new("error.pdf.not-started", ("program", start.FileName)));
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PdfTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new PdfPrintException(new("error.pdf.timeout", ("program", start.FileName), ("seconds", Math.Round(options.Value.PdfTimeout.TotalSeconds))));
        }

        await stdout.ConfigureAwait(false);
        return (process.ExitCode, await stderr.ConfigureAwait(false));
    }
}
