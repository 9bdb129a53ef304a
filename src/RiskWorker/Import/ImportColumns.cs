using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The columns each import reads. Their header words are the <c>import.column.*</c> words of every language the register
/// offers (several spellings separated by <c>|</c>), besides the stable English name, so a register that adds a language
/// (its <c>rules/words/&lt;lang&gt;.json</c>) is read in that language's headers with no change to the code.
/// </summary>
internal static class ImportColumns
{
    public static IReadOnlyList<ImportColumn> Indicators(WordCatalog words) =>
        Of(words, ("indicator", true), ("period", true), ("value", true), ("scope", false), ("note", false));

    public static IReadOnlyList<ImportColumn> Actions(WordCatalog words) =>
        Of(words, ("risk", true), ("action", true), ("owner", true), ("due", true), ("status", true), ("done", false));

    public static IReadOnlyList<ImportColumn> Decisions(WordCatalog words) =>
        Of(words, ("risk", true), ("decision", true), ("note", false), ("action", false), ("owner", false), ("due", false));

    /// <summary>
    /// Code, kind and the name in the register's default language (<c>name</c>, its words, or <c>name:ky</c>), required;
    /// the name in each other language it offers (<c>name:ru</c> or <c>name_ru</c>) is optional and falls back to the default.
    /// </summary>
    public static IReadOnlyList<ImportColumn> Scopes(WordCatalog words)
    {
        var columns = Of(words, ("code", true), ("name", true), ("kind", false)).ToList();
        var first = words.Languages[0];
        columns[1] = columns[1] with { Aliases = [.. columns[1].Aliases, ScopeNameColumns.Column(first), ScopeNameColumns.Column(first).Replace(':', '_')] };
        columns.AddRange(words.Languages.Skip(1).Select(l => new ImportColumn(ScopeNameColumns.Column(l), false, [ScopeNameColumns.Column(l).Replace(':', '_')])));
        return columns;
    }

    private static IReadOnlyList<ImportColumn> Of(WordCatalog words, params (string Name, bool Required)[] columns) =>
        columns.Select(c => new ImportColumn(c.Name, c.Required, Headers(words, "import.column." + c.Name), "import.column." + c.Name)).ToList();

    private static string[] Headers(WordCatalog words, string key) =>
        [.. words.Languages.SelectMany(l => ImportWords.Spellings(words.For(l), key)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
