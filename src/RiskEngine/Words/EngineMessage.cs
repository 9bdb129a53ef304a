namespace RiskEngine;

/// <summary>
/// Something the engine says — why a rules directory or a batch of observations was refused, why a rule failed — as a
/// word key of the engine's word files and the values of its blanks, so that each reader gets it in their language:
/// <see cref="Render"/> with that language's <see cref="Words"/>. <see cref="ToString"/> is English, for developers and logs.
/// </summary>
public sealed class EngineMessage
{
    private readonly (string Name, object? Value)[] _values;
    private readonly long? _count;

    private EngineMessage(string key, long? count, (string Name, object? Value)[] values) => (Key, _count, _values) = (key, count, values);

    /// <summary>The word key (<c>error.rules.*</c>, <c>error.register.*</c> …).</summary>
    public string Key { get; }

    /// <summary>The message in the language of <paramref name="words"/>; a value that is itself a message is rendered in it too.</summary>
    public string Render(Words words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var values = Array.ConvertAll(_values, v => (v.Name, v.Value is EngineMessage inner ? inner.Render(words) : v.Value));
        return _count is { } count ? words.Plural(Key, count, values) : words.Format(Key, values);
    }

    /// <summary>The message in English, from the engine's own word file.</summary>
    public override string ToString() => Render(EngineWords.English);

    internal static EngineMessage Of(string key, params (string Name, object? Value)[] values) => new(key, null, values);

    /// <summary>A message whose word has plural forms, chosen by <paramref name="count"/> (its blank <c>{count}</c>).</summary>
    internal static EngineMessage Counted(string key, long count, params (string Name, object? Value)[] values) => new(key, count, values);
}
