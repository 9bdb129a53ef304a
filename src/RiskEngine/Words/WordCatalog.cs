namespace RiskEngine;

/// <summary>
/// The fixed words of every output, in every language the register offers: one word file per language per source (the
/// engine's, each added assembly's, then the register's own <c>rules/words/</c>, which may add a language or reword).
/// Built and checked complete when the rules are loaded, so a missing word stops the start, naming file and key.
/// </summary>
public sealed class WordCatalog
{
    private readonly IReadOnlyDictionary<string, Words> _words;

    internal WordCatalog(IReadOnlyList<string> languages, IReadOnlyDictionary<string, Words> words)
    {
        (Languages, _words) = (languages, words);
    }

    /// <summary>The register's languages, its default first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The words of <paramref name="language"/>; a regional tag (<c>ru-RU</c>) gives its language's, and a language the register does not offer (or none) its default's.</summary>
    public Words For(string? language) => _words[Resolve(language)];

    /// <summary>The offered language <paramref name="language"/> stands for: itself, its base language, or the register's default.</summary>
    public string Resolve(string? language)
    {
        var tag = (language ?? "").Trim().ToLowerInvariant();
        while (tag.Length > 0)
        {
            if (_words.ContainsKey(tag)) return tag;
            var dash = tag.LastIndexOf('-');
            tag = dash > 0 ? tag[..dash] : "";
        }

        return Languages[0];
    }

    /// <summary>
    /// One text in every offered language, each rendered from that language's words by <paramref name="render"/> (the default language first), for
    /// words that become part of a stored or rendered <see cref="LocalizedText"/>.
    /// </summary>
    public LocalizedText Text(Func<Words, string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return new LocalizedText(Languages.Select(l => KeyValuePair.Create(l, render(_words[l]))));
    }
}
