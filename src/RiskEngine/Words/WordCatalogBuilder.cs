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
        void Fail(string file, string? key, string why) => errors.Add(new RuleSetError(file, key, why, Kind: RuleSetItemKind.Words));
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
            if (own.Count == 0) Fail(file, null, $"no words for '{language}', a language of register.json: add rules/words/{language}.json with the {keys.Count} words of another language's file");
            else if (missing.Count > 0) Fail(file, null, $"{missing.Count} words missing in '{language}': {string.Join(", ", missing.Take(Listed))}{(missing.Count > Listed ? " …" : "")}");
            var plural = own.Select(f => f.Plural).LastOrDefault(p => p is not null);
            var culture = own.Select(f => f.Culture).LastOrDefault(c => c is not null);
            if (own.Count > 0 && plural is null) Fail(file, null, "plural is missing (the language's plural rule)");
            if (own.Count > 0 && culture is null) Fail(file, null, "culture is missing (how numbers and dates are written, such as 'ru-RU')");
            foreach (var (key, entry) in entries)
            {
                var origin = own.Last(f => f.Entries.ContainsKey(key)).Origin;
                if (entry.Forms is not null && plural is not null && plural.Forms.Any(p => !entry.Forms.ContainsKey(p))) Fail(origin, key, $"needs the plural forms {string.Join(", ", plural.Forms)} of rule '{plural.Name}'");
                if (!reference.TryGetValue(key, out var blanks)) reference[key] = entry.Blanks;
                else if (!blanks.SetEquals(entry.Blanks)) Fail(origin, key, $"blanks {Blanks(entry.Blanks)} differ from {Blanks(blanks)} in '{languages[0]}'");
            }

            merged[language] = new Words(language, culture ?? CultureInfo.InvariantCulture, plural ?? PluralRule.Find("other")!, entries);
        }

        return errors.Count > before ? null : new WordCatalog(languages, merged);
    }

    private static string Blanks(IReadOnlySet<string> blanks) => blanks.Count == 0 ? "(none)" : string.Join(" ", blanks.Order(StringComparer.Ordinal).Select(b => $"{{{b}}}"));
}
