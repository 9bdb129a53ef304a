using System.Globalization;
using System.Text.RegularExpressions;

namespace RiskWorker.Tests.Reports;

/// <summary>
/// One printed Council pack: its files (copied to the artifacts folder with a headless Chromium screenshot), the text
/// of each PDF page and every word's box as <c>pdftotext -bbox</c> finds it.
/// </summary>
public sealed partial record PrintedPack(string Language, string HtmlPath, string PdfPath, string ScreenshotPath, IReadOnlyList<string> Pages, IReadOnlyList<PdfWord> Words)
{
    public static async Task<PrintedPack> ReadAsync(string htmlPath, string artifacts)
    {
        var pdfPath = Path.ChangeExtension(htmlPath, ".pdf");
        var language = Path.GetFileNameWithoutExtension(htmlPath)[^2..];
        // pdftotext ends every page with a form feed: one run gives every page's text.
        var text = (await ExternalTool.RunAsync("pdftotext", pdfPath, "-")).Out;
        var pages = text.Split('\f')[..^1];
        var words = ParseWords((await ExternalTool.RunAsync("pdftotext", "-bbox", pdfPath, "-")).Out);

        File.Copy(htmlPath, Path.Combine(artifacts, Path.GetFileName(htmlPath)), overwrite: true);
        File.Copy(pdfPath, Path.Combine(artifacts, Path.GetFileName(pdfPath)), overwrite: true);
        var screenshot = Path.Combine(artifacts, $"council-pack-{language}.png");
        await ScreenshotAsync(htmlPath, screenshot);
        return new PrintedPack(language, htmlPath, pdfPath, screenshot, pages, words);
    }

    private static List<PdfWord> ParseWords(string xhtml)
    {
        var words = new List<PdfWord>();
        var pageNumber = 0;
        foreach (Match page in PageElement().Matches(xhtml))
        {
            pageNumber++;
            var width = Number(page.Groups["w"].Value);
            foreach (Match word in WordElement().Matches(page.Groups["body"].Value))
            {
                words.Add(new PdfWord(pageNumber, width, Number(word.Groups["x0"].Value), Number(word.Groups["x1"].Value), System.Net.WebUtility.HtmlDecode(word.Groups["text"].Value)));
            }
        }

        return words;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static async Task ScreenshotAsync(string htmlPath, string screenshotPath)
    {
        var profile = Directory.CreateTempSubdirectory("council-shot-");
        try
        {
            var shot = await ExternalTool.RunAsync("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--no-first-run", "--user-data-dir=" + profile.FullName, "--window-size=1240,3000", "--screenshot=" + screenshotPath, new Uri(htmlPath).AbsoluteUri);
            Assert.True(shot.Exit == 0, shot.Error);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    [GeneratedRegex("""<page width="(?<w>[\d.]+)" height="[\d.]+">(?<body>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="[\d.]+" xMax="(?<x1>[\d.]+)" yMax="[\d.]+">(?<text>[^<]*)</word>""")]
    private static partial Regex WordElement();
}
