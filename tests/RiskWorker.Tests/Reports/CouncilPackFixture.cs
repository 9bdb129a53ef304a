using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>
/// One Council pack made as a secretary would: demo, evaluate, review mark, new (bad) values for risk 1.1 with a
/// planted &lt;script&gt; in a faculty name and a note, evaluate again, report council. The HTML, PDF and a headless
/// Chromium screenshot are kept under TestResults/council for a person to look at.
/// </summary>
public sealed class CouncilPackFixture : IAsyncLifetime
{
    public const string ScopeScript = "<script>alert('scope')</script>";
    public const string NoteScript = "<script>alert('note')</script>";
    public static readonly string[] RiskCodes = ["1.1", "1.2", "2.1", "3.1", "3.2", "4.1", "5.1", "6.1", "6.2", "7.1", "7.2"];

    private readonly TempDirectory _temp = new();

    public static string Artifacts { get; } = Path.Combine(RepoPaths.Root, "TestResults", "council");

    internal WorkerResult Report { get; private set; } = null!;
    public string HtmlPath { get; private set; } = "";
    public string PdfPath { get; private set; } = "";
    public string ScreenshotPath { get; } = Path.Combine(Artifacts, "council-pack-ky.png");
    public string Html { get; private set; } = "";
    public IHtmlDocument Document { get; private set; } = null!;
    public IReadOnlyList<string> PdfPages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var db = _temp.File("pack.db");
        string[] common = ["--db", db, "--rules", RepoPaths.Rules];
        await Run(["demo", .. common]);
        await Run(["evaluate", "--as-of", "2025-11-23", .. common]);
        await Run(["review", "mark", "--date", "2025-12-01", .. common]);
        await PlantAsync(db);
        await Run(["evaluate", "--as-of", "2026-11-23", .. common]);
        Report = await WorkerProcess.RunAsync(_temp.Path, ["report", "council", "--as-of", "2026-11-23", "--out", _temp.File("out"), .. common]);
        Assert.True(Report.ExitCode == 0, Report.ToString());

        HtmlPath = _temp.File("out/council-pack-2026-11-23-ky.html");
        PdfPath = _temp.File("out/council-pack-2026-11-23-ky.pdf");
        Html = await File.ReadAllTextAsync(HtmlPath);
        Document = new HtmlParser().ParseDocument(Html);
        var pages = int.Parse((await ExternalTool.RunAsync("pdfinfo", PdfPath)).Out.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);
        PdfPages = await Task.WhenAll(Enumerable.Range(1, pages).Select(p => ExternalTool.PdfPageTextAsync(PdfPath, p)));

        Directory.CreateDirectory(Artifacts);
        File.Copy(HtmlPath, Path.Combine(Artifacts, Path.GetFileName(HtmlPath)), overwrite: true);
        File.Copy(PdfPath, Path.Combine(Artifacts, Path.GetFileName(PdfPath)), overwrite: true);
        await ScreenshotAsync();
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    private async Task Run(string[] args)
    {
        var result = await WorkerProcess.RunAsync(_temp.Path, args);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    // Through the library, as an import would: a faculty whose name is markup, and values for 1.1 far off target,
    // reported by the university and that faculty with a note that is markup too.
    private static async Task PlantAsync(string db)
    {
        await using var services = new ServiceCollection().AddRiskEngine(o => { o.DatabasePath = db; o.RulesDirectory = RepoPaths.Rules; }).BuildServiceProvider();
        var register = services.GetRequiredService<IRiskRegister>();
        await services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("XSS", ScopeScript + " Faculty")]);
        var indicators = register.Rules.Where(r => r.Risk == "1.1" && r.Indicator is not null).Select(r => register.FindIndicator(r.Indicator!)!).Distinct();
        var bad = indicators.SelectMany(i => new[] { Scopes.University, "XSS" }.Select(scope => new Observation(i.Code, Period(i), Worst(i), scope, NoteScript))).ToList();
        await services.GetRequiredService<IObservationStore>().AddAsync(bad, replace: true);
    }

    private static string Period(Indicator i) => i.Frequency == ReportingFrequency.Annual ? "2026" : "2026-09-30";

    private static double Worst(Indicator i) => i.Direction == IndicatorDirection.Higher ? 0 : i.IsPercent ? 100 : i.Targets.Values.Max() * 5 + 10;

    private async Task ScreenshotAsync()
    {
        var profile = Directory.CreateTempSubdirectory("council-shot-");
        try
        {
            var shot = await ExternalTool.RunAsync("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--no-first-run", "--user-data-dir=" + profile.FullName, "--window-size=1240,3000", "--screenshot=" + ScreenshotPath, new Uri(HtmlPath).AbsoluteUri);
            Assert.True(shot.Exit == 0, shot.Error);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
