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
        var check = new Command("check", "Validate and compile the rules directory; print a one-line summary");
        Verb.Action(check, async (parse, _) =>
        {
            var options = new RiskEngineOptions();
            EngineServices.Configure(options, parse);
            var directory = options.RulesDirectory;
            var register = await RuleSet.LoadAsync(options).ConfigureAwait(false);
            Console.WriteLine($"rules OK: {register.Risks.Count} risks, {register.Categories.Count} categories, {register.Indicators.Count} indicators, "
                + $"{register.Rules.Count} rules, {register.Offices.Count} offices, {register.GenericRisks.Count} generic risk types (version {register.Version}, {Path.GetFullPath(directory)})");
            return Verb.Ok;
        });
        var rules = new Command("rules", "Work with the rules directory");
        rules.Subcommands.Add(check);
        return rules;
    }
}
