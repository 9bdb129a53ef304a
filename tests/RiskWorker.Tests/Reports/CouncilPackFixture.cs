using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Reports;

/// <summary>
/// One Council pack made as a secretary would: demo, evaluate, review mark, new (bad) values for risk 1.1 with a
/// planted &lt;script&gt; in a faculty name and a note, evaluate again, report council in ky, ru and en. The HTML, PDF
/// and a headless Chromium screenshot of each are kept under TestResults/council for a person to look at.
/// </summary>
public sealed class CouncilPackFixture : IAsyncLifetime
{
    public const string ScopeScript = "<script>alert('scope')</script>";
    public const string NoteScript = "<script>alert('note')</script>";
    public static readonly string[] RiskCodes = ["1.1", "1.2", "2.1", "3.1", "3.2", "4.1", "5.1", "6.1", "6.2", "7.1", "7.2"];

    public static readonly string[] Languages = ["ky", "ru", "en"];

    private readonly TempDirectory _temp = new();

    public static string Artifacts { get; } = Path.Combine(RepoPaths.Root, "TestResults", "council");

    internal WorkerResult Report { get; private set; } = null!;

    /// <summary>The same evaluation printed in each language, for the layout checks.</summary>
    public IReadOnlyDictionary<string, PrintedPack> Printed { get; private set; } = new Dictionary<string, PrintedPack>();

    /// <summary>The HTML of each language's pack, parsed.</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> Documents { get; private set; } = new Dictionary<string, IHtmlDocument>();

    public string HtmlPath => Printed["ky"].HtmlPath;
    public string PdfPath => Printed["ky"].PdfPath;
    public string ScreenshotPath => Printed["ky"].ScreenshotPath;
    public string Html { get; private set; } = "";
    public IHtmlDocument Document { get; private set; } = null!;
    public IReadOnlyList<string> PdfPages => Printed["ky"].Pages;

    public async Task InitializeAsync()
    {
        var db = _temp.File("pack.db");
        string[] common = ["--db", db, "--rules", RepoPaths.Rules];
        await Run(["demo", .. common]);
        await Run(["evaluate", "--as-of", "2025-11-23", .. common]);
        await Run(["review", "mark", "--date", "2025-12-01", .. common]);
        await PlantAsync(db);
        await Run(["evaluate", "--as-of", "2026-11-23", .. common]);

        Directory.CreateDirectory(Artifacts);
        var printed = new Dictionary<string, PrintedPack>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var report = await WorkerProcess.RunAsync(_temp.Path, ["report", "council", "--as-of", "2026-11-23", "--lang", language, "--out", _temp.File("out"), .. common]);
            Assert.True(report.ExitCode == 0, report.ToString());
            if (language == "ky") Report = report;
            printed[language] = await PrintedPack.ReadAsync(_temp.File($"out/council-pack-2026-11-23-{language}.html"), Artifacts);
        }

        Printed = printed;
        Documents = printed.ToDictionary(p => p.Key, p => new HtmlParser().ParseDocument(File.ReadAllText(p.Value.HtmlPath)));
        Html = await File.ReadAllTextAsync(HtmlPath);
        Document = Documents["ky"];
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
        await using var services = new ServiceCollection().AddWorkerEngine(o => { o.DatabasePath = db; o.RulesDirectory = RepoPaths.Rules; }).BuildServiceProvider();
        var register = services.GetRequiredService<IRiskRegister>();
        await services.GetRequiredService<IScopeStore>().UpsertAsync([new ScopeInfo("XSS", ScopeScript + " Faculty")]);
        var indicators = register.Rules.Where(r => r.Risk == "1.1" && r.Indicator is not null).Select(r => register.FindIndicator(r.Indicator!)!).Distinct();
        var bad = indicators.SelectMany(i => new[] { Scopes.University, "XSS" }.Select(scope => new Observation(i.Code, Period(i), Worst(i), scope, NoteScript))).ToList();
        await services.GetRequiredService<IObservationStore>().AddAsync(bad, replace: true);
    }

    private static string Period(Indicator i) => i.Frequency == ReportingFrequency.Annual ? "2026" : "2026-09-30";

    private static double Worst(Indicator i) => i.Direction == IndicatorDirection.Higher ? 0 : i.IsPercent ? 100 : i.Targets.Values.Max() * 5 + 10;
}
