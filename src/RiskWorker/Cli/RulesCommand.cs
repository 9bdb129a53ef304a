using System.CommandLine;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary><c>rules check</c>: load, validate and compile the rules directory without touching a database.</summary>
internal static class RulesCommand
{
    public static Command Build()
    {
        var check = new Command("check", "Validate and compile the rules directory; print a one-line summary");
        Verb.Action(check, async (parse, _) =>
        {
            var directory = RulesLocator.Resolve(parse.GetValue(CliOptions.Rules));
            var register = await RuleSet.LoadAsync(directory).ConfigureAwait(false);
            Console.WriteLine($"rules OK: {register.Risks.Count} risks, {register.Categories.Count} categories, {register.Indicators.Count} indicators, "
                + $"{register.Rules.Count} rules, {register.Offices.Count} offices, {register.GenericRisks.Count} generic risk types (version {register.Version}, {Path.GetFullPath(directory)})");
            return Verb.Ok;
        });
        var rules = new Command("rules", "Work with the rules directory");
        rules.Subcommands.Add(check);
        return rules;
    }
}
