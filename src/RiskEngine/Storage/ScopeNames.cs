using System.Text.Json;

namespace RiskEngine.Storage;

/// <summary>
/// A scope's name in the <c>name</c> column: one name as plain text (as every row written before names had languages),
/// names per language as the register's text shape, <c>{"ky": "…", "en": "…"}</c>.
/// </summary>
internal static class ScopeNames
{
    public static string Write(LocalizedText name) => name.Languages.Count == 0 ? name.Get(null) : JsonSerializer.Serialize(name);

    public static LocalizedText Read(string stored)
    {
        if (!stored.StartsWith('{')) return LocalizedText.Same(stored);
        try
        {
            return JsonSerializer.Deserialize<LocalizedText>(stored) ?? LocalizedText.Same(stored);
        }
        catch (JsonException)
        {
            // A name that merely starts with a brace is a name.
            return LocalizedText.Same(stored);
        }
    }
}
