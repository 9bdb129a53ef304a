using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Cli;

/// <summary><c>import indicators FILE</c> and <c>import actions FILE</c>: whole file checked first, then all written or nothing (exit 2).</summary>
internal static class ImportCommand
{
    public static Command Build()
    {
        var import = new Command("import");
        import.Subcommands.Add(Indicators());
        import.Subcommands.Add(Actions());
        return import;
    }

    public static Argument<string> FileArgument() => new("file");

    public static Option<bool> DryRun() => new("--dry-run");

    public static Option<string?> ErrorsFile() => new(ImportErrorsFile.OptionName);

    private static Command Indicators()
    {
        var file = FileArgument();
        var replace = new Option<bool>("--replace");
        var dryRun = DryRun();
        var errors = ErrorsFile();
        var command = new Command("indicators") { file, replace, dryRun, errors };
        Verb.Action(command, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddImportExport().AddConfiguredScopes(ConfiguredScopes.Load()));
            var path = parse.GetValue(file)!;
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var result = await services.GetRequiredService<IndicatorImporter>()
                .ImportAsync(path, parse.GetValue(replace), parse.GetValue(dryRun), words, ConsoleProgress.ForFile(path, words), ct).ConfigureAwait(false);
            Console.WriteLine(result.Describe(words));
            if (!result.DryRun && await services.GetRequiredService<ConfiguredScopeStore>().StoreConfiguredAsync(ct).ConfigureAwait(false) is > 0 and var stored)
            {
                Console.WriteLine(words.Plural("import.configured-scopes", stored));
            }

            if (await services.GetRequiredService<IObservationStore>().IsIllustrativeAsync(ct).ConfigureAwait(false))
            {
                Console.WriteLine(words["import.illustrative-note"]);
            }

            return Verb.Ok;
        });
        return command;
    }

    private static Command Actions()
    {
        var file = FileArgument();
        var dryRun = DryRun();
        var errors = ErrorsFile();
        var asOf = CliOptions.Date("--as-of");
        var command = new Command("actions") { file, dryRun, errors, asOf };
        Verb.Action(command, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddImportExport());
            var path = parse.GetValue(file)!;
            var date = parse.GetValue(asOf) ?? services.Today();
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var result = await services.GetRequiredService<ActionImporter>()
                .ImportAsync(path, parse.GetValue(dryRun), date, words, ConsoleProgress.ForFile(path, words), ct).ConfigureAwait(false);
            Console.WriteLine(result.Describe(words));
            return Verb.Ok;
        });
        return command;
    }
}
