using Microsoft.Extensions.Options;
using RiskWorker.Reports.Council;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>The failure paths of printing, with a stand-in shell script in place of Chromium (our own seam).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ChromiumPdfTests
{
    [Fact]
    public async Task PrintAsync_ChromiumHangs_StoppedAfterTimeoutAndNoPdf()
    {
        using var temp = new TempDirectory();
        var printer = Printer(Script(temp, "sleep 60"), TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(Html(temp), temp.File("p.pdf"), CancellationToken.None));

        Assert.Contains("did not finish", ex.Line.In(ShippedRegister.English), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.pdf*"));
    }

    [Fact]
    public async Task PrintAsync_ChromiumExitsZeroWritingNothing_FailsNamingTheBytes()
    {
        using var temp = new TempDirectory();
        var printer = Printer(Script(temp, "echo '[: 1: unexpected operator' >&2; exit 0"), TimeSpan.FromSeconds(30));

        var ex = await Assert.ThrowsAsync<PdfPrintException>(() => printer.PrintAsync(Html(temp), temp.File("p.pdf"), CancellationToken.None));

        Assert.Contains("wrote 0 bytes", ex.Line.In(ShippedRegister.English), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("p.pdf")));
    }

    [Fact]
    public void Find_ConfiguredPathMissing_ReturnsNull()
    {
        Assert.Null(Printer("/nonexistent/chromium", TimeSpan.FromSeconds(1)).Find());
    }

    private static ChromiumPdf Printer(string path, TimeSpan timeout) =>
        new(Options.Create(new CouncilPackOptions { ChromiumPath = path, PdfTimeout = timeout }));

    private static string Html(TempDirectory temp)
    {
        File.WriteAllText(temp.File("p.html"), "<!DOCTYPE html><p>x</p>");
        return temp.File("p.html");
    }

    private static string Script(TempDirectory temp, string body)
    {
        var path = temp.File("fake-chromium");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
