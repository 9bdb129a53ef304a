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

    /// <summary>What an error message in <paramref name="reader"/>'s language lists as accepted statuses: "planned, in progress or done (пландалган, …; …)".</summary>
    public string StatusesAccepted(Words reader) => Listed("import.status.", StatusValues, reader);

    /// <summary>What an error message lists as accepted decisions.</summary>
    public string DecisionsAccepted(Words reader) => Listed("import.decision.", DecisionValues, reader);

    /// <summary>What an error message lists as accepted kinds of scope.</summary>
    public string KindsAccepted(Words reader) => Listed("import.kind.", KindValues, reader);

    /// <summary>A stored kind of scope as <paramref name="reader"/> reads it; a kind stored by other means than an import stays as stored.</summary>
    public static string KindName(Words reader, string kind) =>
        reader.Keys.Contains("import.kind." + kind, StringComparer.Ordinal) ? Spellings(reader, "import.kind." + kind)[0] : kind;

    /// <summary>The spellings a word gives, separated by <c>|</c>: the first is how a message names it.</summary>
    public static IReadOnlyList<string> Spellings(Words words, string key) =>
        words[key].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private Dictionary<string, string> Accepted(string prefix, string[] values)
    {
        var accepted = values.ToDictionary(v => ImportColumn.Normalize(v), v => v);
        foreach (var language in _words.Languages)
        {
            foreach (var value in values)
            {
                foreach (var spelling in Spellings(_words.For(language), prefix + value)) accepted.TryAdd(ImportColumn.Normalize(spelling), value);
            }
        }

        return accepted;
    }

    // The first spelling of each value in the reader's language first, then in the register's other languages.
    private string Listed(string prefix, string[] values, Words reader)
    {
        var groups = _words.Languages.OrderBy(l => l == reader.Language ? 0 : 1)
            .Select(l => values.Select(v => Spellings(_words.For(l), prefix + v).FirstOrDefault() ?? v).ToList())
            .DistinctBy(g => string.Join("|", g))
            .ToList();
        return Or(groups[0], reader) + (groups.Count > 1 ? " (" + string.Join("; ", groups.Skip(1).Select(g => string.Join(", ", g))) + ")" : "");
    }

    private static string Or(IReadOnlyList<string> words, Words reader) =>
        reader.Format("import.or", ("items", string.Join(", ", words.Take(words.Count - 1))), ("last", words[^1]));
}
