using System.Globalization;
using System.Text;

namespace RiskEngine;

/// <summary>
/// A word's text with named blanks: <c>{name}</c> or <c>{name:format}</c> (a .NET format such as <c>0.##</c> or
/// <c>d MMMM yyyy</c>); <c>{{</c> and <c>}}</c> are braces. Parsed once when the word file is read, so a broken blank is
/// reported with its file and key, not met in the middle of a mail.
/// </summary>
internal sealed class WordTemplate
{
    private readonly List<(string Literal, string? Blank, string? Format)> _parts = [];

    private WordTemplate(IReadOnlySet<string> blanks) => Blanks = blanks;

    public IReadOnlySet<string> Blanks { get; }

    /// <summary>The template of <paramref name="text"/>, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static WordTemplate? Parse(string text, out EngineMessage? problem)
    {
        var parts = new List<(string, string?, string?)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c) { literal.Append(c); i++; continue; }
            if (c == '}') { problem = EngineMessage.Of("error.words.lone-brace", ("position", i + 1)); return null; }
            if (c != '{') { literal.Append(c); continue; }
            var end = text.IndexOf('}', i);
            if (end < 0) { problem = EngineMessage.Of("error.words.unclosed", ("position", i + 1)); return null; }
            var inside = text[(i + 1)..end];
            var colon = inside.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? inside : inside[..colon];
            if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_')) { problem = EngineMessage.Of("error.words.not-blank", ("inside", inside)); return null; }
            parts.Add((literal.ToString(), name, colon < 0 ? null : inside[(colon + 1)..]));
            literal.Clear();
            i = end;
        }

        parts.Add((literal.ToString(), null, null));
        problem = null;
        var template = new WordTemplate(parts.Where(p => p.Item2 is not null).Select(p => p.Item2!).ToHashSet(StringComparer.Ordinal));
        template._parts.AddRange(parts);
        return template;
    }

    public string Fill(ReadOnlySpan<(string Name, object? Value)> values, CultureInfo culture, string key)
    {
        var text = new StringBuilder();
        foreach (var (literal, blank, format) in _parts)
        {
            text.Append(literal);
            if (blank is null) continue;
            text.Append(Value(values, blank, key) switch
            {
                null => "",
                IFormattable f => f.ToString(format, culture),
                var v => v.ToString(),
            });
        }

        return text.ToString();
    }

    private static object? Value(ReadOnlySpan<(string Name, object? Value)> values, string blank, string key)
    {
        foreach (var (name, value) in values) if (name == blank) return value;
        throw new KeyNotFoundException($"The word '{key}' has a blank '{{{blank}}}' that was not given a value.");
    }
}
