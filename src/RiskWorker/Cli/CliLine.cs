using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// A line a verb prints, as a word key and its values rather than text: a service deep inside a verb knows what went
/// wrong but not the reader's language, so it carries this out in an exception and the verb renders it with
/// <see cref="CliWords"/>. A value may itself be a line (rendered first). <see cref="ToString"/> is the key and values,
/// for logs (which stay English and keyless).
/// </summary>
internal sealed record CliLine(string Key, params (string Name, object? Value)[] Values)
{
    public string In(Words words) => words.Format(Key, [.. Values.Select(v => (v.Name, v.Value is CliLine line ? line.In(words) : v.Value))]);

    /// <summary>"a, b or c" in the reader's language; the one item alone.</summary>
    public static object OrList(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : new CliLine("cli.list-or", ("items", string.Join(", ", items.SkipLast(1))), ("last", items[^1]));

    public override string ToString() => Values.Length == 0 ? Key : $"{Key} ({string.Join(", ", Values.Select(v => $"{v.Name}: {v.Value}"))})";
}
