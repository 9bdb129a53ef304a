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
        var owners = new Command("owners", "Work with the people who receive mail (risk, indicator and action owners)");
        owners.Subcommands.Add(Import());
        owners.Subcommands.Add(List());
        return owners;
    }

    private static Command Import()
    {
        var file = new Argument<string>("FILE") { Description = "CSV (name,email,language,roles) or JSON ([{name,email,language,roles:[…]}]); replaces the stored list" };
        var import = new Command("import", "Import owners from a CSV or JSON file: all of it or nothing") { file };
        Verb.Action(import, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddOwners());
            try
            {
                var stored = await services.GetRequiredService<OwnerImporter>().ImportAsync(parse.GetValue(file)!, ct).ConfigureAwait(false);
                Console.WriteLine($"{stored.Count} owners stored ({stored.SelectMany(o => o.Roles).Distinct().Count()} roles held) in {CliOptions.DatabaseName(parse)}; the previous list was replaced.");
                return Verb.Ok;
            }
            catch (OwnerImportException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return Verb.DataError;
            }
        });
        return import;
    }

    private static Command List()
    {
        var json = CliOptions.Json();
        var list = new Command("list", "List the stored owners with their roles") { json };
        Verb.Action(list, async (parse, ct) =>
        {
            using var services = EngineServices.Build(parse, s => s.AddOwners());
            var all = await services.GetRequiredService<IOwnerStore>().GetAllAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(all.Select(o => new { o.Name, o.Email, o.Language, o.Roles, o.Illustrative }), OutputJson.Options));
                return Verb.Ok;
            }

            if (all.Any(o => o.Illustrative)) Console.WriteLine(Labels.Illustrative("en", services.GetRequiredService<IRiskRegister>()) + " (owners marked * are illustrative, example.org)");
            foreach (var o in all)
            {
                Console.WriteLine($"{(o.Illustrative ? "*" : " ")} {o.Email,-40} {o.Language,-3} {o.Name,-34} {string.Join(", ", o.Roles)}");
            }

            var held = all.SelectMany(o => o.Roles).ToHashSet(StringComparer.Ordinal);
            var unheld = services.GetRequiredService<IRiskRegister>().Offices.Select(o => o.Code).Where(c => !held.Contains(c)).ToList();
            Console.WriteLine($"{all.Count} owners" + (unheld.Count > 0 ? $"; roles nobody holds (their mail goes to Notifications:FallbackEmail): {string.Join(", ", unheld)}" : ""));
            return Verb.Ok;
        });
        return list;
    }
}
