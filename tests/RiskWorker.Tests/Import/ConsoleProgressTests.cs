using RiskWorker.Import;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void Rows_TerminalAndLargeFile_RedrawsOneBarInPlace()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, terminal: true, fileBytes: 50_000_000, ShippedRegister.Value.Words.For("en"));

        progress.Rows(0.5, 500_000);
        progress.Line("done");

        Assert.Equal("\r[###############---------------] 50 %       500,000 rows" + Environment.NewLine + "done" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Rows_Redirected_PrintsAPlainLineEveryQuarterMillionRows()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, terminal: false, fileBytes: 50_000_000, ShippedRegister.Value.Words.For("en"));

        foreach (var rows in new[] { 4096, 249_000, 251_000, 252_000, 500_100 }) progress.Rows(rows / 1e6, rows);

        Assert.Equal(["… 251,000 rows read", "… 500,100 rows read"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Rows_RussianRedirected_SaysHowManyRowsWithTheRussianPlural()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, terminal: false, fileBytes: 50_000_000, ShippedRegister.Value.Words.For("ru"));

        foreach (var rows in new[] { 251_000, 500_002 }) progress.Rows(rows / 1e6, rows);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^… прочитано 251\s000 строк$", lines[0]);
        Assert.Matches(@"^… прочитано 500\s002 строки$", lines[1]);
    }
}
