using System.Text.Json.Serialization;

namespace RiskEngine;

/// <summary>
/// A text in the languages a register offers, keyed by language code (<c>ky</c>, <c>ru</c>, <c>uz</c> …), optionally
/// tied to the source line it was transcribed from. The first language is the fallback: a register's texts list its
/// default language first, and a reader asking for a language the text lacks gets that one.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    // Language code of a text that reads the same in every language (a code, a proper name): it answers every request.
    private const string Every = "und";

    private readonly KeyValuePair<string, string>[] _texts;

    /// <param name="texts">Language code → text; the first is the fallback. At least one.</param>
    /// <param name="line">Line in the source document, when the text quotes it.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = [.. texts];
        if (_texts.Length == 0) throw new ArgumentException("A text needs at least one language.", nameof(texts));
        if (HasDuplicateLanguage(_texts)) throw new ArgumentException("A language is given twice.", nameof(texts));
        Line = line;
    }

    // The same checked languages with another line: every reason of an evaluation passes here, so no copy and no second check.
    private LocalizedText(KeyValuePair<string, string>[] checkedTexts, int? line) => (_texts, Line) = (checkedTexts, line);

    /// <summary>A text from (language, text) pairs, the first being the fallback.</summary>
    public static LocalizedText Of(params (string Language, string Text)[] texts) => new(texts.Select(t => KeyValuePair.Create(t.Language, t.Text)));

    /// <summary>A text that reads the same in every language, such as a code or a proper name.</summary>
    public static LocalizedText Same(string text) => new([KeyValuePair.Create(Every, text)]);

    /// <summary>Line in the source document, when the text quotes it.</summary>
    public int? Line { get; }

    /// <summary>The languages this text has, the fallback first.</summary>
    public IReadOnlyList<string> Languages => [.. _texts.Select(t => t.Key).Where(k => k != Every)];

    /// <summary>Language code → text, the fallback first.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Texts => _texts;

    /// <summary>
    /// The text in <paramref name="language"/>; a regional tag (<c>ru-RU</c>) falls back to its language, and a language
    /// the text lacks (or none) to the first, the register's default.
    /// </summary>
    public string Get(string? language) => Find(language) ?? _texts[0].Value;

    /// <summary>This text with <paramref name="line"/> as its source line.</summary>
    public LocalizedText WithLine(int? line) => new(_texts, line);

    // A text has a handful of languages: comparing pairs costs less than a set, and a million reasons are checked per large evaluation.
    private static bool HasDuplicateLanguage(KeyValuePair<string, string>[] texts)
    {
        for (var i = 1; i < texts.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(texts[i].Key, texts[j].Key, StringComparison.Ordinal)) return true;
            }
        }

        return false;
    }

    private string? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var tag = language.Trim();
        foreach (var t in _texts) if (string.Equals(t.Key, tag, StringComparison.OrdinalIgnoreCase)) return t.Value;
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? Find(tag[..dash]) : null;
    }

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null && Line == other.Line && _texts.Length == other._texts.Length
        && _texts.All(t => other.Find(t.Key) == t.Value && other._texts.Any(o => o.Key == t.Key));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = Line.GetHashCode();
        foreach (var t in _texts) hash ^= HashCode.Combine(t.Key, t.Value);
        return hash;
    }

    /// <summary>The fallback text, for logs and debugging.</summary>
    public override string ToString() => _texts[0].Value;
}
