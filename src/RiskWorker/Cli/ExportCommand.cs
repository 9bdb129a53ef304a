using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Export;
using RiskWorker.Import;
using RiskWorker.Reviews;

namespace RiskWorker.Cli;

/// <summary><c>export assessments --format csv|xlsx [--as-of DATE] [--lang LANGUAGE] --out FILE</c>: the register to circulate.</summary>
internal static class ExportCommand
{
    public static Command Build()
    {
        var format = new Option<string?>("--format");
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var asOf = CliOptions.AsOf();
        var output = new Option<string>("--out") { Required = true };
        var assessments = new Command("assessments") { format, asOf, output };
        Verb.Action(assessments, async (parse, ct) =>
        {
            var configuration = WorkerConfiguration.Current;
            using var services = EngineServices.Build(parse, s => s.AddImportExport().AddReviewBodies(configuration));
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            if (ExportFormat.Resolve(parse.GetValue(format), parse.GetValue(output)!, out var refusal) is not { } chosen)
            {
                await Console.Error.WriteLineAsync(refusal!.In(words)).ConfigureAwait(false);
                return Verb.DataError;
            }

            var date = parse.GetValue(asOf) ?? services.Today();
            var result = await services.GetRequiredService<AssessmentExporter>()
                .ExportAsync(date, chosen, words.Language, parse.GetValue(output)!, ct).ConfigureAwait(false);
            Console.WriteLine(result.In(words));
            return Verb.Ok;
        });
        var export = new Command("export");
        export.Subcommands.Add(assessments);
        return export;
    }
}
