using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
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
        var asOf = CliOptions.Date("--as-of", "Present the latest evaluation on or before this date, evaluating and storing one when there is none, YYYY-MM-DD (default: today in the register's time zone)");
        var lang = CliOptions.Lang();
        var output = new Option<string>("--out") { Description = "Folder for council-pack-DATE-LANG.html and .pdf", Required = true };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write only the HTML (print it from a browser to get a PDF)" };
        var chromium = new Option<string?>("--chromium") { Description = "Chromium or Chrome executable (default: chromium, chromium-browser, google-chrome on PATH)" };
        var council = new Command("council", "Write the Academic Council review pack (HTML and PDF)") { asOf, lang, output, noPdf, chromium };
        Verb.Action(council, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddCouncilPack(o => o.ChromiumPath = parse.GetValue(chromium)));
            var date = parse.GetValue(asOf) ?? services.Today();
            // As export assessments and the campaign do: a fresh folder after `demo` has nothing evaluated yet.
            var evaluatedNow = await services.GetRequiredService<IAssessmentHistory>().GetLatestAsync(date, ct).ConfigureAwait(false) is null;
            if (evaluatedNow) await services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(date, ct).ConfigureAwait(false);
            var files = await services.GetRequiredService<CouncilPackWriter>().WriteAsync(date, parse.GetValue(lang)!, parse.GetValue(output)!, !parse.GetValue(noPdf), ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No evaluation on or before {date:yyyy-MM-dd} although one was just stored.");

            var e = files.Pack.Evaluation;
            var day = System.Globalization.CultureInfo.InvariantCulture;
            Console.WriteLine($"Council pack for the evaluation of {e.AsOf.ToString("yyyy-MM-dd", day)} (#{e.Id}"
                + (evaluatedNow ? $", evaluated now and stored: none was on or before {date.ToString("yyyy-MM-dd", day)}" : "")
                + $"{(e.Illustrative ? ", ILLUSTRATIVE data" : "")}), last review {(files.Pack.Review is { } r ? r.ReviewedOn.ToString("yyyy-MM-dd", day) : "none")}:");
            Console.WriteLine($"  HTML {files.Html}");
            if (files.Pdf is not null) Console.WriteLine($"  PDF  {files.Pdf}");
            if (files.Pack.Review is null) Console.WriteLine("  No Council review is marked yet, so every risk shows as new. After the meeting: review mark --date YYYY-MM-DD");
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
