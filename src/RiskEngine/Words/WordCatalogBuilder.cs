using System.Globalization;

namespace RiskEngine;

/// <summary>
/// Merges word files into a <see cref="WordCatalog"/> for a register's languages and checks it: every word any file has
/// exists in every offered language, with the plural forms its language needs and the same blanks as in the default
/// language. One error per problem, naming the file to edit.
/// </summary>
internal static class WordCatalogBuilder
{
    private const int Listed = 8;

    public static WordCatalog? Build(IReadOnlyList<WordFile> files, IReadOnlyList<string> languages, List<RuleSetError> errors)
    {
        // Without languages register.json is already refused; there is nothing to check the words against.
        if (languages.Count == 0) return null;
        void Fail(string file, string? key, EngineMessage why) => errors.Add(new RuleSetError(file, key, why, Kind: RuleSetItemKind.Words));
        var keys = files.SelectMany(f => f.Entries.Keys).ToHashSet(StringComparer.Ordinal);
        var merged = new Dictionary<string, Words>(StringComparer.Ordinal);
        var reference = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var before = errors.Count;
        foreach (var language in languages)
        {
            var own = files.Where(f => f.Language == language).ToList();
            var file = own.LastOrDefault()?.Origin ?? $"words/{language}.json";
            var entries = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
            foreach (var f in own) foreach (var (key, entry) in f.Entries) entries[key] = entry;
            var missing = keys.Where(k => !entries.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
            if (own.Count == 0) Fail(file, null, EngineMessage.Counted("error.words.no-words", keys.Count, ("language", language)));
            else if (missing.Count > 0) Fail(file, null, EngineMessage.Counted("error.words.missing", missing.Count, ("language", language), ("keys", string.Join(", ", missing.Take(Listed)) + (missing.Count > Listed ? " …" : ""))));
            var plural = own.Select(f => f.Plural).LastOrDefault(p => p is not null);
            var culture = own.Select(f => f.Culture).LastOrDefault(c => c is not null);
            if (own.Count > 0 && plural is null) Fail(file, null, EngineMessage.Of("error.words.plural-missing"));
            if (own.Count > 0 && culture is null) Fail(file, null, EngineMessage.Of("error.words.culture-missing"));
            foreach (var (key, entry) in entries)
            {
                var origin = own.Last(f => f.Entries.ContainsKey(key)).Origin;
                if (entry.Forms is not null && plural is not null && plural.Forms.Any(p => !entry.Forms.ContainsKey(p))) Fail(origin, key, EngineMessage.Of("error.words.forms-needed", ("forms", string.Join(", ", plural.Forms)), ("rule", plural.Name)));
                if (!reference.TryGetValue(key, out var blanks)) reference[key] = entry.Blanks;
                else if (!blanks.SetEquals(entry.Blanks)) Fail(origin, key, EngineMessage.Of("error.words.blanks", ("blanks", Blanks(entry.Blanks)), ("reference", Blanks(blanks)), ("language", languages[0])));
            }

            merged[language] = new Words(language, culture ?? CultureInfo.InvariantCulture, plural ?? PluralRule.Find("other")!, entries);
        }

        return errors.Count > before ? null : new WordCatalog(languages, merged);
    }

    private static object Blanks(IReadOnlySet<string> blanks) => blanks.Count == 0 ? EngineMessage.Of("error.words.no-blanks") : string.Join(" ", blanks.Order(StringComparer.Ordinal).Select(b => $"{{{b}}}"));
}
