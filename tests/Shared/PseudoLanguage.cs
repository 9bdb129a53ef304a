using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RiskEngine.Testing;

/// <summary>
/// Adds a language to a copy of a register exactly as a university would: its code in <c>register.json</c>, its texts
/// beside every other language's, and one word file in <c>words/</c>. The pseudo-language writes each English text and
/// word inside ⟦ ⟧, so a test can tell every line that went through the new language from one that fell back.
/// </summary>
internal static class PseudoLanguage
{
    public const string Code = "qps";

    /// <summary>Marks <paramref name="english"/> as the pseudo-language's text.</summary>
    public static string Of(string english) => $"⟦{english}⟧";

    /// <param name="rules">A writable copy of a rules folder.</param>
    /// <param name="wordAssemblies">The assemblies whose English words the word file translates (the engine's, the worker's …).</param>
    public static void AddTo(string rules, params Assembly[] wordAssemblies)
    {
        foreach (var file in Directory.EnumerateFiles(rules, "*.json", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}words{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            AddTexts(node);
            if (Path.GetFileName(file) == "register.json" && Path.GetDirectoryName(file) == Path.GetFullPath(rules).TrimEnd(Path.DirectorySeparatorChar)) node["languages"]!.AsArray().Add(Code);
            File.WriteAllText(file, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        var words = new JsonObject();
        foreach (var assembly in wordAssemblies.Prepend(typeof(LocalizedText).Assembly).Distinct())
        {
            using var stream = assembly.GetManifestResourceStream("Words/en.json");
            if (stream is null) continue;
            foreach (var (key, value) in JsonNode.Parse(stream)!["words"]!.AsObject()) words[key] = Mark(value!.DeepClone());
        }

        Directory.CreateDirectory(Path.Combine(rules, "words"));
        var file2 = new JsonObject { ["culture"] = "", ["plural"] = "one-other", ["words"] = words };
        File.WriteAllText(Path.Combine(rules, "words", Code + ".json"), file2.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    // Every object holding an English text gets the pseudo-language's beside it.
    private static void AddTexts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["en"] is JsonValue en && en.TryGetValue<string>(out var text)) o[Code] = Of(text);
                foreach (var (_, child) in o.ToList()) AddTexts(child);
                break;
            case JsonArray a:
                foreach (var child in a) AddTexts(child);
                break;
        }
    }

    private static JsonNode Mark(JsonNode value) => value switch
    {
        JsonObject forms => new JsonObject(forms.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(Of(f.Value!.GetValue<string>()))))),
        _ => JsonValue.Create(Spellings(value.GetValue<string>()))!,
    };

    // A word an import accepts in several spellings ("done|completed") is marked spelling by spelling, so each reads as a word of the language.
    private static string Spellings(string english) => string.Join('|', english.Split('|').Select(Of));
}
