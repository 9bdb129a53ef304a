using System.Reflection;
using NRules.Fluent;
using NRules.RuleModel;

namespace RiskEngine.Rules;

/// <summary>
/// An embedding app's NRules Fluent rules, loaded from its assemblies. They are compiled into the same session factory
/// as the register's, so their signals are rated and explained like the register's; their names must not clash with a
/// register rule or pose as one of the engine's own reasons.
/// </summary>
internal static class AppRules
{
    public static IReadOnlyList<(IRuleDefinition Definition, RuleOrigin Origin)> Load(IReadOnlyList<Assembly> assemblies, IReadOnlyCollection<string> registerIds, List<RuleSetError> errors)
    {
        if (assemblies.Count == 0) return [];
        var repository = new RuleRepository();
        var rules = new List<(IRuleDefinition Definition, RuleOrigin Origin)>();
        foreach (var assembly in assemblies)
        {
            try
            {
                repository.Load(x => x.From(assembly).To(Source(assembly)));
            }
            catch (Exception ex) when (ex is RuleDefinitionException or RuleActivationException or ReflectionTypeLoadException)
            {
                errors.Add(new RuleSetError(Source(assembly), null, EngineMessage.Of("error.rules.app-load", ("error", (ex.InnerException ?? ex).Message))));
            }
        }

        foreach (var set in repository.GetRuleSets())
        {
            foreach (var rule in set.Rules)
            {
                if (ReservedIds.Problem(rule.Name) is { } reserved) errors.Add(new RuleSetError(set.Name, rule.Name, reserved));
                else if (registerIds.Contains(rule.Name)) errors.Add(new RuleSetError(set.Name, rule.Name, EngineMessage.Of("error.rules.app-same-id")));
                rules.Add((rule, new RuleOrigin(rule.Name, set.Name, "")));
            }
        }

        foreach (var dup in rules.GroupBy(r => r.Definition.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new RuleSetError("app rules", dup.Key, EngineMessage.Of("error.rules.app-duplicate")));
        }

        return rules;
    }

    /// <summary>How an app's assembly is named in errors and in the rule-set version.</summary>
    public static string Source(Assembly assembly) => $"{assembly.GetName().Name} {assembly.GetName().Version}";
}
