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
        var report = new Command("report");
        report.Subcommands.Add(Pack("council", "Write the Academic Council review pack (HTML and PDF)", withBody: false));
        report.Subcommands.Add(Pack("review", "Write a review body's pack (HTML and PDF): its risks, movement since its last review, its last decisions", withBody: true));
        return report;
    }

    private static Command Pack(string name, string description, bool withBody)
    {
        var asOf = CliOptions.Date("--as-of");
        var output = new Option<string>("--out") { Required = true };
        var noPdf = new Option<bool>("--no-pdf");
        var chromium = new Option<string?>("--chromium");
        var bodyOption = new Option<string?>("--body") { Required = true };
        var command = new Command(name, description) { asOf, output, noPdf, chromium };
        if (withBody) command.Options.Add(bodyOption);
        Verb.Action(command, async (parse, ct) =>
        {
            var configuration = WorkerConfiguration.Current;
            using var services = EngineServices.Build(parse, s => s.AddReviewBodies(configuration).AddCouncilPack(o => o.ChromiumPath = parse.GetValue(chromium)));
            var bodies = services.GetRequiredService<ReviewBodies>();
            var body = withBody ? bodies.Get(parse.GetValue(bodyOption)) : bodies.Council;
            var register = services.GetRequiredService<IRiskRegister>();
            var language = CliOptions.Language(parse, register, body.IsCouncil ? null : body.Language);
            var words = register.Words.For(language);
            var date = parse.GetValue(asOf) ?? services.Today();
            // As export assessments and the campaign do: a fresh folder after `demo` has nothing evaluated yet.
            var evaluatedNow = await services.GetRequiredService<IAssessmentHistory>().GetLatestAsync(date, ct).ConfigureAwait(false) is null;
            if (evaluatedNow) await services.GetRequiredService<IRiskEvaluator>().EvaluateAsync(date, ct).ConfigureAwait(false);
            var files = await services.GetRequiredService<CouncilPackWriter>().WriteAsync(body, date, language, parse.GetValue(output)!, !parse.GetValue(noPdf), ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No evaluation on or before {date:yyyy-MM-dd} although one was just stored.");

            var e = files.Pack.Evaluation;
            var who = body.IsCouncil ? words["cli.report.council"] : words.Format("cli.report.body", ("id", body.Id), ("name", body.Name.Get(language)), ("risks", e.Risks.Count));
            Console.WriteLine(words.Format("cli.report.written", ("who", who), ("asOf", e.AsOf), ("evaluation", e.Id),
                ("notes", (evaluatedNow ? words.Format("cli.report.evaluated-now", ("date", date)) : "") + (e.Illustrative ? words["cli.report.illustrative"] : "")),
                ("review", files.Pack.Review is { } r ? Day(r.ReviewedOn) : words["cli.report.no-review"])));
            Console.WriteLine(words.Format("cli.report.html", ("path", files.Html)));
            if (files.Pdf is not null) Console.WriteLine(words.Format("cli.report.pdf", ("path", files.Pdf)));
            if (files.Pack.Review is null)
            {
                Console.WriteLine(body.IsCouncil ? words["cli.report.council-unmarked"] : words.Format("cli.report.body-unrecorded", ("id", body.Id)));
            }

            if (files.PdfProblem is null) return Verb.Ok;

            await Console.Error.WriteLineAsync(words.Format("error.pdf.skipped", ("problem", files.PdfProblem.In(words))) + Environment.NewLine + words["error.pdf.advice"]).ConfigureAwait(false);
            return Verb.ConfigurationError;
        });
        return command;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
