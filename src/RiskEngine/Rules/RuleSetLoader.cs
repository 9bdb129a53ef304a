using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using NRules;
using NRules.Fluent;
using RiskEngine.Register;

namespace RiskEngine.Rules;

/// <summary>
/// Loads, validates and compiles a rules directory into one NRules session factory, then runs every rule on trial facts;
/// refuses it whole, listing every error, if anything is wrong. The engine never runs with a rule it could not check.
/// </summary>
internal static class RuleSetLoader
{
    /// <param name="directory">The rules directory.</param>
    /// <param name="indicatorTargets">Office-set targets from configuration (<see cref="RiskEngineOptions.IndicatorTargets"/>).</param>
    /// <param name="appAssemblies">An embedding app's rule assemblies (<see cref="RiskEngineOptions.RuleAssemblies"/>).</param>
    /// <param name="wordAssemblies">Assemblies whose word files join the engine's (<see cref="RiskEngineOptions.WordAssemblies"/>).</param>
    public static Task<CompiledRuleSet> LoadAsync(string directory, IReadOnlyDictionary<string, Dictionary<string, double>>? indicatorTargets = null,
        IReadOnlyList<Assembly>? appAssemblies = null, IReadOnlyList<Assembly>? wordAssemblies = null) =>
        Task.Run(() => Load(directory, indicatorTargets, appAssemblies ?? [], wordAssemblies ?? []));

    /// <summary>
    /// The register's words alone, for a program that must speak before (or without) a compiled register — help, or a
    /// failure whose services are gone: the register's languages, its word files and <paramref name="wordAssemblies"/>'.
    /// Its rules are neither read nor compiled, so this is cheap; a register refused only for its rules still has words.
    /// </summary>
    /// <exception cref="RuleSetException">The words cannot be built (no directory, register.json or a word file refused).</exception>
    public static Task<WordCatalog> LoadWordsAsync(string directory, IReadOnlyList<Assembly> wordAssemblies) => Task.Run(() =>
    {
        var errors = new List<RuleSetError>();
        var files = new RegisterFiles(Root(directory), errors);
        var registerLoader = new RegisterLoader(files);
        registerLoader.Load();
        return WordCatalogBuilder.Build(WordFiles(files, wordAssemblies, errors), registerLoader.Languages, errors) ?? throw new RuleSetException(errors);
    });

    private static string Root(string directory)
    {
        var root = Path.GetFullPath(directory);
        return Directory.Exists(root) ? root : throw new RuleSetException([new RuleSetError(directory, null, EngineMessage.Of("error.rules.no-directory"))]);
    }

    // The engine's own words, then those of the assemblies that add words (the worker's, an embedding app's), then the register's word files.
    private static List<WordFile> WordFiles(RegisterFiles files, IReadOnlyList<Assembly> wordAssemblies, List<RuleSetError> errors) =>
        new[] { typeof(WordCatalog).Assembly }.Concat(wordAssemblies).Distinct().SelectMany(a => WordSources.Embedded(a, errors)).Concat(WordSources.Register(files)).ToList();

    private static CompiledRuleSet Load(string directory, IReadOnlyDictionary<string, Dictionary<string, double>>? indicatorTargets, IReadOnlyList<Assembly> appAssemblies,
        IReadOnlyList<Assembly> wordAssemblies)
    {
        var root = Root(directory);
        var errors = new List<RuleSetError>();
        var files = new RegisterFiles(root, errors);
        var registerLoader = new RegisterLoader(files);
        var catalogue = registerLoader.Load();
        var overrides = IndicatorTargetOverrides.Read(indicatorTargets, catalogue.Indicators, errors);
        var register = catalogue with { Indicators = overrides.ApplyTo(catalogue.Indicators) };
        var rules = new RuleFileLoader(files, registerLoader).Load(register);
        var wordFiles = WordFiles(files, wordAssemblies, errors);
        files.RefuseIfAnyUnread();
        var words = WordCatalogBuilder.Build(wordFiles, registerLoader.Languages, errors);
        foreach (var risk in register.Risks.Where(r => rules.Count(x => x.Risk == r.Code && x.Indicator is not null) < 2))
        {
            errors.Add(new RuleSetError($"{RuleFileLoader.Folder}/{risk.Code}.json", null, EngineMessage.Of("error.rules.two-rules", ("risk", risk.Code))));
        }

        var appRules = AppRules.Load(appAssemblies, rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), errors);
        if (errors.Count > 0) throw new RuleSetException(errors);

        var definitions = rules.Select(RegisterRuleBuilder.Build)
            .Concat(new RuleDefinitionFactory().Create([new Rating.RateRiskRule(), new Rating.RiskLinkRule()]))
            .Concat(appRules.Select(r => r.Definition));
        var factory = Compile(definitions);
        var origins = rules.Select(r => new RuleOrigin(r.Id, r.File, r.Condition)).Concat(appRules.Select(r => r.Origin)).ToDictionary(o => o.Rule, StringComparer.Ordinal);
        var trial = RuleTrial.Run(factory, register, origins);
        if (trial.Count > 0) throw new RuleSetException(trial);

        var versionLines = overrides.Lines.Concat(appRules.Select(r => $"app rule {r.Origin.Rule} from {r.Origin.File}"));
        return new CompiledRuleSet(register, rules, Hash(root, versionLines), factory, origins, words!);
    }

    private static ISessionFactory Compile(IEnumerable<NRules.RuleModel.IRuleDefinition> definitions)
    {
        try
        {
            return new RuleCompiler().Compile(definitions);
        }
        catch (RuleCompilationException ex)
        {
            throw new RuleSetException([new RuleSetError("?", ex.RuleName, EngineMessage.Of("error.rules.compile", ("error", (ex.InnerException ?? ex).Message)))]);
        }
    }

    /// <summary>
    /// Rule-set version: the first 12 hex digits of a SHA-256 over every file's path and bytes, then the configured
    /// targets and the app's rules, so that an evaluation records what it was rated against.
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
