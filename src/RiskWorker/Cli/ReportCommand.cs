using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskWorker.Reports.Council;

namespace RiskWorker.Cli;

/// <summary>
/// <c>report council</c>: the Academic Council pack as one HTML file and a PDF printed from it. Without Chromium the
/// HTML is still written and the verb exits 1 naming the problem; <c>--no-pdf</c> asks for the HTML alone (exit 0).
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var asOf = CliOptions.Date("--as-of", "Present the latest evaluation on or before this date, YYYY-MM-DD (default: today in Asia/Bishkek)");
        var lang = CliOptions.Lang();
        var output = new Option<string>("--out") { Description = "Folder for council-pack-DATE-LANG.html and .pdf", Required = true };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write only the HTML (print it from a browser to get a PDF)" };
        var chromium = new Option<string?>("--chromium") { Description = "Chromium or Chrome executable (default: chromium, chromium-browser, google-chrome on PATH)" };
        var council = new Command("council", "Write the Academic Council review pack (HTML and PDF)") { asOf, lang, output, noPdf, chromium };
        Verb.Action(council, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddCouncilPack(o => o.ChromiumPath = parse.GetValue(chromium)));
            var date = parse.GetValue(asOf) ?? Bishkek.Today(services.GetRequiredService<TimeProvider>());
            var files = await services.GetRequiredService<CouncilPackWriter>()
                .WriteAsync(date, parse.GetValue(lang)!, parse.GetValue(output)!, !parse.GetValue(noPdf), ct).ConfigureAwait(false);
            if (files is null)
            {
                await Console.Error.WriteLineAsync($"No evaluation on or before {date:yyyy-MM-dd} in {parse.GetValue(CliOptions.Db)}: run `evaluate --as-of {date:yyyy-MM-dd}` first.").ConfigureAwait(false);
                return Verb.DataError;
            }

            var e = files.Pack.Evaluation;
            Console.WriteLine($"Council pack for the evaluation of {e.AsOf:yyyy-MM-dd} (#{e.Id}{(e.Illustrative ? ", ILLUSTRATIVE data" : "")}), "
                + $"last review {(files.Pack.Review is { } r ? r.ReviewedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none")}:");
            Console.WriteLine($"  HTML {files.Html}");
            if (files.Pdf is not null) Console.WriteLine($"  PDF  {files.Pdf}");
            if (files.PdfProblem is null) return Verb.Ok;

            await Console.Error.WriteLineAsync($"PDF skipped: {files.PdfProblem}{Environment.NewLine}"
                + "Install Chromium (Debian: apt-get install --no-install-recommends chromium fonts-dejavu-core), pass --chromium PATH, "
                + "or open the HTML in Chrome/Edge and print it to PDF. Use --no-pdf to ask for the HTML only.").ConfigureAwait(false);
            return Verb.ConfigurationError;
        });
        var report = new Command("report", "Write reports");
        report.Subcommands.Add(council);
        return report;
    }
}
