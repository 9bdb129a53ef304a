using System.Text.Json;

namespace RiskEngine;

/// <summary>A word file as written: <c>{"culture": "ru-RU", "plural": "one-few-many", "words": {"key": "text" | {"one": …}}}</c>.</summary>
internal sealed record WordFileDto(string? Culture, string? Plural, Dictionary<string, JsonElement>? Words);
