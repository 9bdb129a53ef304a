using System.Reflection;

namespace RiskEngine;

/// <summary>
/// The words shipped in assemblies, without a register: the engine's English for <see cref="EngineMessage.ToString"/>,
/// and what a program says when the register itself was refused and offers no words.
/// </summary>
internal static class EngineWords
{
    private const string EnglishCode = "en";
    private static readonly Lazy<Words> EnglishWords = new(() => Shipped([]).For(EnglishCode));

    /// <summary>The engine's English words.</summary>
    public static Words English => EnglishWords.Value;

    /// <summary>
    /// The words of the engine and of <paramref name="assemblies"/> in every language all of them ship, English first (the
    /// fallback for a language none ships).
    /// </summary>
    /// <exception cref="RuleSetException">A shipped word file is broken or incomplete (a build defect).</exception>
    public static WordCatalog Shipped(IEnumerable<Assembly> assemblies)
    {
        var errors = new List<RuleSetError>();
        var sources = new[] { typeof(EngineWords).Assembly }.Concat(assemblies).Distinct().ToList();
        var files = sources.SelectMany(a => WordSources.Embedded(a, errors)).ToList();
        var languages = files.GroupBy(f => f.Language, StringComparer.Ordinal)
            .Where(g => g.Count() == sources.Count)
            .Select(g => g.Key)
            .OrderBy(l => l == EnglishCode ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal)
            .ToList();
        var catalogue = WordCatalogBuilder.Build(files, languages, errors);
        return catalogue is not null && errors.Count == 0 ? catalogue : throw new RuleSetException(errors);
    }
}
