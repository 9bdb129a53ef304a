using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Output;
using RiskWorker.Owners;

namespace RiskWorker.Cli;

/// <summary><c>owners import FILE</c> and <c>owners list</c>: the people who receive mail and the roles they hold.</summary>
internal static class OwnersCommand
{
    public static Command Build()
    {
        var owners = new Command("owners");
        owners.Subcommands.Add(Import());
        owners.Subcommands.Add(List());
        return owners;
    }

    private static Command Import()
    {
        var file = new Argument<string>("FILE");
        var import = new Command("import") { file };
        Verb.Action(import, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddOwners());
            var words = CliWords.For(parse, services.GetRequiredService<IRiskRegister>());
            try
            {
                var stored = await services.GetRequiredService<OwnerImporter>().ImportAsync(parse.GetValue(file)!, ct).ConfigureAwait(false);
                Console.WriteLine(words.Format("cli.owners.stored", ("count", stored.Count), ("roles", stored.SelectMany(o => o.Roles).Distinct().Count()), ("database", CliOptions.DatabaseName(parse))));
                return Verb.Ok;
            }
            catch (OwnerImportException ex)
            {
                await Console.Error.WriteLineAsync(ex.Report(words)).ConfigureAwait(false);
                return Verb.DataError;
            }
        });
        return import;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var list = new Command("list") { json };
        Verb.Action(list, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddOwners());
            var register = services.GetRequiredService<IRiskRegister>();
            var words = CliWords.For(parse, register);
            var all = await services.GetRequiredService<IOwnerStore>().GetAllAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(all.Select(o => new { o.Name, o.Email, o.Language, o.Roles, o.Illustrative }), OutputJson.Options));
                return Verb.Ok;
            }

            if (all.Any(o => o.Illustrative)) Console.WriteLine(Labels.Illustrative(words.Language, register) + " " + words["cli.owners.illustrative"]);
            foreach (var o in all)
            {
                Console.WriteLine($"{(o.Illustrative ? "*" : " ")} {o.Email,-40} {o.Language,-3} {o.Name,-34} {string.Join(", ", o.Roles)}");
            }

            var held = all.SelectMany(o => o.Roles).ToHashSet(StringComparer.Ordinal);
            var unheld = register.Offices.Select(o => o.Code).Where(c => !held.Contains(c)).ToList();
            Console.WriteLine(unheld.Count > 0
                ? words.Format("cli.owners.count-unheld", ("count", all.Count), ("roles", string.Join(", ", unheld)))
                : words.Format("cli.owners.count", ("count", all.Count)));
            return Verb.Ok;
        });
        return list;
    }
}
