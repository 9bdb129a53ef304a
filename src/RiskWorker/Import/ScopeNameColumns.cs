using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// A faculty's or institute's name per language, in a <c>scopes import</c> file (<c>name</c> in the register's default
/// language, <c>name:ru</c> or <c>name_ru</c> for each other language it offers) or in the <c>Scopes</c> setting
/// (<c>Name</c> as one text, or <c>Name:&lt;lang&gt;</c> per language). A name given in the default language only is
/// the same in every language; a language without its own name falls back to the default, as every register text does.
/// </summary>
internal static class ScopeNameColumns
{
    public static string Column(string language) => "name:" + language;

    /// <summary>The names in a row of a scopes file; empty when the default name is missing.</summary>
    public static LocalizedText Read(ColumnMap map, TableRow row, IReadOnlyList<string> languages) =>
        Named(languages[0], map.Get(row, "name").Text, languages.Skip(1).Select(l => (l, map.Get(row, Column(l)).Text)));

    /// <summary>The names a <c>Scopes</c> entry gives; its code when it gives none.</summary>
    /// <param name="words">The register's words, for the message when a language is not offered.</param>
    /// <exception cref="OptionsValidationException">A <c>Name:&lt;lang&gt;</c> names a language the register does not offer.</exception>
    public static LocalizedText Read(IConfigurationSection scope, IReadOnlyList<string> languages, Words words)
    {
        var name = scope.GetSection("Name");
        if (name.GetChildren().FirstOrDefault(c => !languages.Contains(c.Key)) is { } unknown)
        {
            throw new OptionsValidationException("Scopes", typeof(ScopeInfo),
                [words.Format("error.import.scope-name-language", ("setting", unknown.Path), ("language", unknown.Key), ("languages", string.Join(", ", languages)))]);
        }

        var given = languages.Select(l => (l, name[l] ?? "")).ToList();
        var first = name[languages[0]] ?? name.Value ?? given.Select(g => g.Item2).FirstOrDefault(t => t.Length > 0) ?? scope["Code"] ?? "";
        return Named(languages[0], first, given.Skip(1));
    }

    private static LocalizedText Named(string language, string first, IEnumerable<(string Language, string Text)> others)
    {
        var given = others.Where(o => o.Text.Length > 0).ToList();
        return given.Count == 0 ? LocalizedText.Same(first) : LocalizedText.Of([(language, first), .. given]);
    }
}
