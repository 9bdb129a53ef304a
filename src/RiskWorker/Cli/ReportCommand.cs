using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Reports.Council;
using RiskWorker.Reviews;

namespace RiskWorker.Cli;

/// <summary>
/// <c>report council</c> (the Academic Council's) and <c>report review --body ID</c> (any review body's): the pack as one
/// HTML file and a PDF printed from it. Without Chromium the HTML is still written and the verb exits 1 naming the
/// problem; <c>--no-pdf</c> asks for the HTML alone (exit 0).
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var report = new Command("report", "Write reports");
        report.Subcommands.Add(Pack("council", "Write the Academic Council review pack (HTML and PDF)", withBody: false));
        report.Subcommands.Add(Pack("review", "Write a review body's pack (HTML and PDF): its risks, movement since its last review, its last decisions", withBody: true));
        return report;
    }

    private static Command Pack(string name, string description, bool withBody)
    {
        var asOf = CliOptions.Date("--as-of", "Present the latest evaluation on or before this date, evaluating and storing one when there is none, YYYY-MM-DD (default: today in the register's time zone)");
        var output = new Option<string>("--out") { Description = "Folder for BODY-pack-DATE-LANG.html and .pdf", Required = true };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write only the HTML (print it from a browser to get a PDF)" };
        var chromium = new Option<string?>("--chromium") { Description = "Chromium or Chrome executable (default: chromium, chromium-browser, google-chrome on PATH)" };
        var bodyOption = new Option<string?>("--body") { Description = "Review body id from Reviews:Bodies", Required = true };
        var command = new Command(name, description) { asOf, output, noPdf, chromium };
        if (withBody) command.Options.Add(bodyOption);
        Verb.Action(command, async (parse, ct) =>
        {
            var configuration = WorkerConfiguration.Current;
            using var services = EngineServices.Build(parse, s => s.AddReviewBodies(configuration).AddCouncilPack(o => o.ChromiumPath = parse.GetValue(chromium)));
            var bodies = services.GetRequiredService<ReviewBodies>();
            var body = withBody ? bodies.Get(parse.GetValue(bodyOption)) : bodies.Council;
            var language = CliOptions.Language(parse, services.GetRequiredService<IRiskRegister>(), body.IsCouncil ? null : body.Language);
            var date = parse.GetValue(asOf) ?? services.Today();
            // As export assessments and the campaign do: a fresh folder after `demo` has nothing evaluated yet.
            var evaluatedNow = await services.GetRequiredService<IAssessmentHistory>().GetLatestAsync(date, ct).ConfigureAwait(false) is null;
            if (evaluatedNow) await services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(date, ct).ConfigureAwait(false);
            var files = await services.GetRequiredService<CouncilPackWriter>().WriteAsync(body, date, language, parse.GetValue(output)!, !parse.GetValue(noPdf), ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No evaluation on or before {date:yyyy-MM-dd} although one was just stored.");

            var e = files.Pack.Evaluation;
            var who = body.IsCouncil ? "Council pack" : $"Review pack of {body.Id} ({body.Name.Get("en")}, {e.Risks.Count} risks)";
            Console.WriteLine($"{who} for the evaluation of {Day(e.AsOf)} (#{e.Id}"
                + (evaluatedNow ? $", evaluated now and stored: none was on or before {Day(date)}" : "")
                + $"{(e.Illustrative ? ", ILLUSTRATIVE data" : "")}), last review {(files.Pack.Review is { } r ? Day(r.ReviewedOn) : "none")}:");
            Console.WriteLine($"  HTML {files.Html}");
            if (files.Pdf is not null) Console.WriteLine($"  PDF  {files.Pdf}");
            if (files.Pack.Review is null)
            {
                Console.WriteLine(body.IsCouncil
                    ? "  No Council review is marked yet, so every risk shows as new. After the meeting: review mark --date YYYY-MM-DD"
                    : $"  No review of {body.Id} is recorded yet, so every risk shows as new. After the meeting: review record --body {body.Id} --date YYYY-MM-DD --decisions FILE");
            }

            if (files.PdfProblem is null) return Verb.Ok;

            await Console.Error.WriteLineAsync($"PDF skipped: {files.PdfProblem}{Environment.NewLine}"
                + "Install Chromium (Debian: apt-get install --no-install-recommends chromium fonts-dejavu-core), pass --chromium PATH, "
                + "or open the HTML in Chrome/Edge and print it to PDF. Use --no-pdf to ask for the HTML only.").ConfigureAwait(false);
            return Verb.ConfigurationError;
        });
        return command;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
