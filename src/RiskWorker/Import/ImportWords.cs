using System.Runtime.CompilerServices;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// The words an import accepts for action statuses, decisions and scope kinds: the canonical value itself, and in every
/// language the register offers the spellings of its <c>import.status.*</c>, <c>import.decision.*</c> and <c>import.kind.*</c>
/// words (separated by <c>|</c>), so a file written in any of them reads.
/// </summary>
internal sealed class ImportWords
{
    private static readonly ConditionalWeakTable<WordCatalog, ImportWords> Built = [];
    private static readonly string[] StatusValues = ["planned", "in-progress", "done"];
    private static readonly string[] DecisionValues = ["accept", "treat", "escalate", "close"];
    private static readonly string[] KindValues = ["faculty", "institute", "college", "other"];

    private readonly WordCatalog _words;
    private readonly Dictionary<string, string> _statuses;
    private readonly Dictionary<string, string> _decisions;
    private readonly Dictionary<string, string> _kinds;

    private ImportWords(WordCatalog words)
    {
        _words = words;
        _statuses = Accepted("import.status.", StatusValues);
        _decisions = Accepted("import.decision.", DecisionValues);
        _kinds = Accepted("import.kind.", KindValues);
    }

    /// <summary>The import words of the register whose catalogue is <paramref name="words"/> (built once per catalogue).</summary>
    public static ImportWords Of(WordCatalog words) => Built.GetValue(words, w => new ImportWords(w));

    public string? Status(string text) => _statuses.GetValueOrDefault(ImportColumn.Normalize(text));

    public DecisionKind? Decision(string text) =>
        _decisions.GetValueOrDefault(ImportColumn.Normalize(text)) is { } word ? Enum.Parse<DecisionKind>(word, ignoreCase: true) : null;

    public string? Kind(string text) => _kinds.GetValueOrDefault(ImportColumn.Normalize(text));

    /// <summary>What an error message lists as accepted statuses: "planned, in progress or done (запланировано, …; …)".</summary>
    public string StatusesAccepted => Listed("import.status.", StatusValues);

    /// <summary>What an error message lists as accepted decisions.</summary>
    public string DecisionsAccepted => Listed("import.decision.", DecisionValues);

    /// <summary>What an error message lists as accepted kinds: the canonical values, as the kinds are stored.</summary>
    public static string KindsAccepted => Or(KindValues);

    private Dictionary<string, string> Accepted(string prefix, string[] values)
    {
        var accepted = values.ToDictionary(v => ImportColumn.Normalize(v), v => v);
        foreach (var language in _words.Languages)
        {
            foreach (var value in values)
            {
                foreach (var spelling in Spellings(language, prefix + value)) accepted.TryAdd(ImportColumn.Normalize(spelling), value);
            }
        }

        return accepted;
    }

    // The first spelling of each value, in English first (the language of the messages) when the register offers it, then in its other languages.
    private string Listed(string prefix, string[] values)
    {
        var groups = _words.Languages.OrderBy(l => l == "en" ? 0 : 1)
            .Select(l => values.Select(v => Spellings(l, prefix + v).FirstOrDefault() ?? v).ToList())
            .DistinctBy(g => string.Join("|", g))
            .ToList();
        return Or(groups[0]) + (groups.Count > 1 ? " (" + string.Join("; ", groups.Skip(1).Select(g => string.Join(", ", g))) + ")" : "");
    }

    private IEnumerable<string> Spellings(string language, string key) =>
        _words.For(language)[key].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Or(IReadOnlyList<string> words) => string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
}
