namespace RiskWorker.Import;

/// <summary>A column an import understands, with the header words accepted for it in English, Russian and Kyrgyz.</summary>
/// <param name="Name">Canonical (English) name, used in error messages.</param>
/// <param name="Required">The file is refused without it.</param>
/// <param name="Aliases">Other accepted header words, compared without case, spaces or a trailing colon or asterisk.</param>
internal sealed record ImportColumn(string Name, bool Required, params string[] Aliases)
{
    public static string Normalize(string header) =>
        string.Join(' ', header.Trim().TrimStart('\uFEFF').TrimEnd(':', '*', ' ').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('ё', 'е');

    public bool Matches(string header) => Normalize(header) is var h && (h == Name || Aliases.Any(a => Normalize(a) == h));
}
