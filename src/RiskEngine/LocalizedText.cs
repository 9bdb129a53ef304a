namespace RiskEngine;

/// <summary>A text in the three working languages, optionally tied to the source line it was transcribed from.</summary>
/// <param name="Ky">Kyrgyz, as in the source.</param>
/// <param name="Ru">Russian.</param>
/// <param name="En">English.</param>
/// <param name="Line">Line in the source document, when the text quotes it.</param>
public sealed record LocalizedText(string Ky, string Ru, string En, int? Line = null)
{
    /// <summary>The languages the register is kept in; the first is the default.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ky", "ru", "en"];

    /// <summary>The text in <paramref name="language"/>; Kyrgyz for an unknown or empty language, the owner of the fallback rule.</summary>
    public string Get(string? language) => NormalizeLanguage(language) switch
    {
        "ru" => Ru,
        "en" => En,
        _ => Ky,
    };

    /// <summary>Maps any language tag (<c>ru-RU</c>, <c>EN</c>, null) to one of <see cref="Languages"/>, Kyrgyz by default.</summary>
    public static string NormalizeLanguage(string? language)
    {
        var head = (language ?? "").Trim().ToLowerInvariant();
        var dash = head.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0) head = head[..dash];
        return head is "ru" or "en" ? head : "ky";
    }
}
