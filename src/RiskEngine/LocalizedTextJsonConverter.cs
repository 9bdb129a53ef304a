using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskEngine;

/// <summary>
/// Writes a <see cref="LocalizedText"/> as <c>{"ky": "…", "ru": "…", "line": 12}</c>: one property per language and the
/// source line, the shape the register files use and stored assessments have always had.
/// </summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    private const string LineKey = "line";

    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A text is an object with one property per language.");
        var texts = new List<KeyValuePair<string, string>>();
        int? line = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (string.Equals(key, LineKey, StringComparison.OrdinalIgnoreCase)) line = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
            else if (reader.TokenType != JsonTokenType.String) throw new JsonException($"The text in '{key}' is not a string.");
            else if (texts.Any(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase))) throw new JsonException($"The language '{key}' is given twice.");
            else texts.Add(KeyValuePair.Create(key.ToLowerInvariant(), reader.GetString()!));
        }

        if (texts.Count == 0) throw new JsonException("A text needs at least one language.");
        return new LocalizedText(texts, line);
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (language, text) in value.Texts) writer.WriteString(language, text);
        if (value.Line is { } line) writer.WriteNumber(LineKey, line);
        writer.WriteEndObject();
    }
}
