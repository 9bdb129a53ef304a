using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;
using RiskWorker.Output;

namespace RiskWorker.Cli;

/// <summary><c>indicators list</c>: the indicator catalogue as a table or JSON.</summary>
internal static class IndicatorsCommand
{
    public static Command Build()
    {
        var json = CliOptions.Json();
        var list = new Command("list") { json };
        Verb.Action(list, (parse, _) =>
        {
            using var services = EngineServices.Build(parse);
            var register = services.GetRequiredService<IRiskRegister>();
            var language = CliOptions.Language(parse, register);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(register.Indicators.Select(i => IndicatorJson.From(i, language)), OutputJson.Options));
            }
            else
            {
                foreach (var i in register.Indicators)
                {
                    var targets = string.Join(" ", i.Targets.OrderBy(t => t.Key).Select(t => $"{t.Key}:{t.Value}"));
                    Console.WriteLine($"{i.Code,-34} {i.Unit,-6} {(i.Direction == IndicatorDirection.Higher ? "↑" : "↓")} {targets,-40} {i.Name.Get(language)}{(i.SourceTarget ? "" : " *")}");
                }

                Console.WriteLine(register.Words.For(language).Format("cli.office-target", ("office", register.FallbackOfficeName(language))));
            }

            return Task.FromResult(Verb.Ok);
        });
        var indicators = new Command("indicators");
        indicators.Subcommands.Add(list);
        return indicators;
    }
}
