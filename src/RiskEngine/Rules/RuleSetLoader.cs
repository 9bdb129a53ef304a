using System.Security.Cryptography;
using System.Text;
using RiskEngine.Register;
using RulesEngine.Models;

namespace RiskEngine.Rules;

/// <summary>Loads, validates and compiles a rules directory; refuses it whole, listing every error, if anything is wrong.</summary>
internal static class RuleSetLoader
{
    /// <param name="directory">The rules directory.</param>
    /// <param name="indicatorTargets">Office-set targets from configuration (<see cref="RiskEngineOptions.IndicatorTargets"/>).</param>
    public static async Task<CompiledRuleSet> LoadAsync(string directory, IReadOnlyDictionary<string, Dictionary<string, double>>? indicatorTargets = null)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root)) throw new RuleSetException([new RuleSetError(directory, null, "rules directory does not exist")]);

        var errors = new List<RuleSetError>();
        var files = new RegisterFiles(root, errors);
        var settings = new ReSettings { IsExpressionCaseSensitive = true };
        var registerLoader = new RegisterLoader(files);
        var catalogue = registerLoader.Load();
        var overrides = IndicatorTargetOverrides.Read(indicatorTargets, catalogue.Indicators, errors);
        var register = catalogue with { Indicators = overrides.ApplyTo(catalogue.Indicators) };
        var rules = new WorkflowLoader(files, registerLoader, new ExpressionGuard(settings)).Load(register);
        foreach (var risk in register.Risks.Where(r => rules.Count(x => x.Risk == r.Code && x.Indicator is not null) < 2))
        {
            errors.Add(new RuleSetError($"workflows/{risk.Code}.json", null, $"risk {risk.Code} needs at least two rules over indicator facts"));
        }

        if (errors.Count > 0) throw new RuleSetException(errors);

        var set = new CompiledRuleSet(register, rules, Hash(root, overrides.Lines), settings);
        await CompileAllAsync(set).ConfigureAwait(false);
        return set;
    }

    // Running every rule once compiles it now, so a rule the engine cannot compile stops the load, not an evaluation.
    private static async Task CompileAllAsync(CompiledRuleSet set)
    {
        var errors = new List<RuleSetError>();
        foreach (var rule in set.Rules)
        {
            try
            {
                await set.FiresAsync(rule, IndicatorFact.None(rule.Indicator ?? "", Scopes.University), new RiskContext { Risk = rule.Risk }).ConfigureAwait(false);
            }
            catch (RuleExecutionException ex)
            {
                errors.Add(new RuleSetError(rule.File, rule.Id, ex.Message, rule.Expression));
            }
        }

        if (errors.Count > 0) throw new RuleSetException(errors);
    }

    /// <summary>
    /// Rule-set version: the first 12 hex digits of a SHA-256 over every file's path and bytes, then the configured
    /// targets, so that an evaluation records the targets it was rated against.
    /// </summary>
    internal static string Hash(string root, IEnumerable<string>? configured = null)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, path).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(path));
        }

        foreach (var line in configured ?? []) sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
