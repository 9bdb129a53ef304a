using RiskEngine;

namespace RiskWorker.Import;

/// <summary>A column an import understands, with the header words accepted for it in every language the register offers.</summary>
/// <param name="Name">Stable (English) name: the code reads it, and it is always accepted as a header.</param>
/// <param name="Required">The file is refused without it.</param>
/// <param name="Aliases">Other accepted header words, compared without case, spaces or a trailing colon or asterisk.</param>
/// <param name="Key">The word whose first spelling names the column in a message; without one, messages use <paramref name="Name"/>.</param>
internal sealed record ImportColumn(string Name, bool Required, IReadOnlyList<string> Aliases, string? Key = null)
{
    public static string Normalize(string header) =>
        string.Join(' ', header.Trim().TrimStart('\uFEFF').TrimEnd(':', '*', ' ').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('ё', 'е');

    public bool Matches(string header) => Normalize(header) is var h && (h == Name || Aliases.Any(a => Normalize(a) == h));

    /// <summary>How a message in <paramref name="words"/>' language names the column: its first header word there.</summary>
    public string Header(Words words) => Key is null ? Name : ImportWords.Spellings(words, Key)[0];
}
