using System.Globalization;

namespace RiskEngine;

/// <summary>
/// The fixed words of every output in one language, from the word files (<c>Words/&lt;language&gt;.json</c> of the
/// engine and of each assembly added with <see cref="RiskEngineOptions.AddWords"/>, then <c>rules/words/</c>). A word
/// names its blanks (<c>{name}</c>, <c>{value:0.##}</c>) and may have plural forms chosen by the language's rule.
/// </summary>
public sealed class Words
{
    private readonly IReadOnlyDictionary<string, WordEntry> _entries;
    private readonly PluralRule _plural;

    internal Words(string language, CultureInfo culture, PluralRule plural, IReadOnlyDictionary<string, WordEntry> entries)
    {
        (Language, Culture, _plural, _entries) = (language, culture, plural, entries);
    }

    /// <summary>The language code of these words (<c>ky</c>, <c>ru</c>, <c>uz</c> …).</summary>
    public string Language { get; }

    /// <summary>How numbers and dates are written in this language.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Every key these words have.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>The word <paramref name="key"/>, with no blanks filled.</summary>
    public string this[string key] => Format(key);

    /// <summary>The word <paramref name="key"/> with its blanks filled from <paramref name="values"/> (numbers and dates written in <see cref="Culture"/>).</summary>
    /// <exception cref="KeyNotFoundException">The key is not a word, or it has plural forms (use <see cref="Plural"/>).</exception>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var entry = Entry(key);
        if (entry.Forms is not null) throw new KeyNotFoundException($"The word '{key}' has plural forms: use Plural.");
        return entry.Text!.Fill(values, Culture, key);
    }

    /// <summary>
    /// The form of the word <paramref name="key"/> that goes with <paramref name="count"/> in this language (Russian:
    /// 1 риск, 2 риска, 5 рисков), its blanks filled; <c>{count}</c> is the count itself.
    /// </summary>
    public string Plural(string key, long count, params (string Name, object? Value)[] values)
    {
        var entry = Entry(key);
        if (entry.Forms is null) throw new KeyNotFoundException($"The word '{key}' has no plural forms: use Format.");
        return entry.Forms[_plural.Select(count)].Fill([("count", count), .. values], Culture, key);
    }

    private WordEntry Entry(string key) =>
        _entries.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException($"No word '{key}' in language '{Language}'.");
}
