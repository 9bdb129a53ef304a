namespace RiskEngine;

/// <summary>One word of a word file: a text, or its plural forms by category (<c>one</c>, <c>few</c>, <c>many</c>, <c>other</c>).</summary>
internal sealed record WordEntry(WordTemplate? Text, IReadOnlyDictionary<string, WordTemplate>? Forms)
{
    /// <summary>The blanks the word names, over all its forms.</summary>
    public IReadOnlySet<string> Blanks => Text?.Blanks ?? Forms!.Values.SelectMany(f => f.Blanks).ToHashSet(StringComparer.Ordinal);
}
