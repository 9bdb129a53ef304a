using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Import;
using RiskWorker.Output;

namespace RiskWorker.Cli;

/// <summary><c>scopes import FILE</c> and <c>scopes list</c>: the faculties and institutes values may be reported for.</summary>
internal static class ScopesCommand
{
    public static Command Build()
    {
        var file = ImportCommand.FileArgument();
        var dryRun = ImportCommand.DryRun();
        var errors = ImportCommand.ErrorsFile();
        var import = new Command("import") { file, dryRun, errors };
        Verb.Action(import, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddImportExport());
            var path = parse.GetValue(file)!;
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            var result = await services.GetRequiredService<ScopeImporter>()
                .ImportAsync(path, parse.GetValue(dryRun), words, ConsoleProgress.ForFile(path, words), ct).ConfigureAwait(false);
            Console.WriteLine(result.Describe(words));
            return Verb.Ok;
        });

        var json = CliOptions.Json();
        var list = new Command("list") { json };
        Verb.Action(list, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddImportExport().AddConfiguredScopes(ConfiguredScopes.Load()));
            var scopes = await services.GetRequiredService<IScopeStore>().GetAllAsync(ct).ConfigureAwait(false);
            var register = services.GetRequiredService<IRiskRegister>();
            var words = CliWords.For(parse, register);
            var language = words.Language;
            var whole = words.Format("cli.whole-institution", ("institution", register.Identity.InstitutionShort.Get(language)));
            // The JSON keeps the stored kind; the list names it in the reader's language.
            Console.WriteLine(parse.GetValue(json)
                ? JsonSerializer.Serialize(scopes.Select(s => new { s.Code, Name = s.Name.Get(language), s.Kind }), OutputJson.Options)
                : string.Join(Environment.NewLine, scopes.Select(s => $"{s.Code,-12} {ImportWords.KindName(words, s.Kind),-10} {s.Name.Get(language)}")
                    .Prepend($"{Scopes.University,-12} {"",-10} {whole}")));
            return Verb.Ok;
        });

        var scopes = new Command("scopes");
        scopes.Subcommands.Add(import);
        scopes.Subcommands.Add(list);
        return scopes;
    }
}
