namespace RiskEngine;

/// <summary>
/// How a language picks a plural form for a whole number, named in its word file (<c>"plural"</c>); the categories are
/// CLDR's. Three rules cover the languages of Central Asia's universities; a language that needs another is one case here.
/// </summary>
internal sealed class PluralRule
{
    private static readonly Dictionary<string, PluralRule> Known = new(StringComparer.Ordinal)
    {
        // Chinese, Japanese, Korean …: one form.
        ["other"] = new("other", ["other"], _ => "other"),
        // English, Kyrgyz, Kazakh, Uzbek, Turkish …: 1 and the rest.
        ["one-other"] = new("one-other", ["one", "other"], n => n == 1 ? "one" : "other"),
        // Russian, Ukrainian, Belarusian: 1, 21 …; 2–4, 22–24 …; 0, 5–20, 25 ….
        ["one-few-many"] = new("one-few-many", ["one", "few", "many"], n =>
            (n % 10, n % 100) switch
            {
                (1, not 11) => "one",
                (>= 2 and <= 4, not (>= 12 and <= 14)) => "few",
                _ => "many",
            }),
    };

    private readonly Func<long, string> _select;

    private PluralRule(string name, IReadOnlyList<string> forms, Func<long, string> select) => (Name, Forms, _select) = (name, forms, select);

    public string Name { get; }

    /// <summary>The forms a plural word must have in a language with this rule.</summary>
    public IReadOnlyList<string> Forms { get; }

    public static IEnumerable<string> Names => Known.Keys;

    public static PluralRule? Find(string? name) => name is null ? null : Known.GetValueOrDefault(name);

    public string Select(long count) => _select(Math.Abs(count));
}
