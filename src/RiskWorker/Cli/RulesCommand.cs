using System.CommandLine;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// <c>rules check</c>: load, validate and compile the rules directory, with the configured indicator targets, without
/// touching a database.
/// </summary>
internal static class RulesCommand
{
    public static Command Build()
    {
        var check = new Command("check");
        Verb.Action(check, async (parse, _) =>
        {
            var options = new RiskEngineOptions();
            EngineServices.Configure(options, parse);
            var directory = options.RulesDirectory;
            var register = await RuleSet.LoadAsync(options).ConfigureAwait(false);
            Console.WriteLine(CliWords.For(parse, register).Format("cli.rules.ok", ("risks", register.Risks.Count), ("categories", register.Categories.Count),
                ("indicators", register.Indicators.Count), ("rules", register.Rules.Count), ("offices", register.Offices.Count),
                ("generic", register.GenericRisks.Count), ("version", register.Version), ("directory", Path.GetFullPath(directory))));
            return Verb.Ok;
        });
        var rules = new Command("rules");
        rules.Subcommands.Add(check);
        return rules;
    }
}
