using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Demo;
using RiskWorker.Export;
using RiskWorker.Import;
using RiskWorker.Output;
using RiskWorker.Tests.Support;

namespace RiskWorker.Tests.Import;

public sealed class AssessmentExportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly Dictionary<string, string> DriverHeader = new() { ["ky"] = "Көтөргөн тобокелдик", ["ru"] = "Повышен из-за риска", ["en"] = "Raised by risk" };

    [Theory]
    [InlineData("csv", "ru")]
    [InlineData("csv", "en")]
    [InlineData("xlsx", "ky")]
    public async Task Export_Demo_ParsesBackToTheStoredEvaluationWithIllustrativeLabel(string format, string language)
    {
        using var h = new ImportHarness();
        await FillDemoAsync(h);
        var evaluation = await h.Services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(AsOf);
        var path = h.Temp.File("register." + format);

        var result = await h.Services.GetRequiredService<AssessmentExporter>().ExportAsync(AsOf, format, language, path, CancellationToken.None);

        Assert.True(result.FromStored);
        Assert.Equal(evaluation.Id, result.EvaluationId);
        using var source = TableSource.Open(path, h.Words);
        var titles = source.Rows().TakeWhile(r => !r.Cells.Any(c => ExportLabels.Columns(h.Register.Words).Any(k => k.Matches(c.Text)))).Select(r => r[0].Text).ToList();
        Assert.Equal(Labels.Illustrative(language, h.Register), titles[0]);
        using var again = TableSource.Open(path, h.Words);
        var table = new HeaderedTable(again, ExportLabels.Columns(h.Register.Words), path);
        var rows = table.Rows().ToList();
        var map = table.Map!;
        Assert.Equal(evaluation.Risks.Sum(r => Math.Max(1, r.Reasons.Count)), rows.Count);
        using (var headerSource = TableSource.Open(path, h.Words))
        {
            var header = headerSource.Rows().First(r => r.Cells.Any(c => ExportLabels.Columns(h.Register.Words).Any(k => k.Matches(c.Text))));
            Assert.Equal(DriverHeader[language], header[map["driver"]!.Value].Text);
        }

        Assert.Contains(rows, r => map.Get(r, "rule").Text == "1.1.driven-by-1.2" && map.Get(r, "driver").Text == "1.2");
        foreach (var risk in evaluation.Risks)
        {
            var mine = rows.Where(r => map.Get(r, "risk").Text == risk.Code).ToList();
            Assert.All(mine, r => Assert.Equal(risk.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), map.Get(r, "score").Text));
            Assert.Equal(risk.Reasons.Select(x => x.Rule), mine.Select(r => map.Get(r, "rule").Text).Where(t => t.Length > 0));
            // The driver column names the risk whose rating raised this one (a link), and is empty for every other reason.
            Assert.Equal(risk.Reasons.Select(x => x.Driver ?? ""), mine.Take(risk.Reasons.Count).Select(r => map.Get(r, "driver").Text));
            foreach (var (reason, row) in risk.Reasons.Zip(mine))
            {
                var cell = map.Get(row, "value");
                // A register default's rating is in its text, never in the value column beside indicator values.
                if (reason.IsDefault || reason.Value is not { } expected) { Assert.True(cell.IsEmpty); continue; }
                var actual = cell.Value is double d ? d : NumberText.TryParse(cell.Text, h.Words, out var v, out _, out _) ? v : double.NaN;
                Assert.Equal(expected, actual, 2);
            }
        }
    }

    [Fact]
    public async Task Export_NoStoredEvaluationForTheDate_EvaluatesAndSaysSo()
    {
        using var h = new ImportHarness();
        await h.ImportIndicatorsAsync(Corpus.Csv(h.Temp.File("v.csv"), ["indicator;period;value", $"{h.Percent.Code};2025;12"]));
        await h.Services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(AsOf.AddDays(-7));
        var path = h.Temp.File("out/register.csv");

        var result = await h.Services.GetRequiredService<AssessmentExporter>().ExportAsync(AsOf, "csv", "en", path, CancellationToken.None);

        Assert.False(result.FromStored);
        Assert.Contains("from a new evaluation (#2;", result.In(ShippedRegister.English), StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain("ILLUSTRATIVE", text, StringComparison.Ordinal);
        Assert.StartsWith("As of 2026-11-23 · rules ", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    private static async Task FillDemoAsync(ImportHarness h)
    {
        await new DemoDataSet(h.Register).StoreAsync(
            h.Services.GetRequiredService<IScopeStore>(), h.Observations, h.Services.GetRequiredService<IMitigationActionStore>(), AsOf, CancellationToken.None);
    }
}
