using System.Text.Json;

namespace RiskWorker.Owners;

/// <summary>
/// Reads <c>[{"name","email","language","roles":[…]}]</c>. System.Text.Json keeps no line numbers in a document, so
/// the reader walks the tokens and notes the line where each person's object starts.
/// </summary>
internal static class OwnerJsonReader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<OwnerRow> Read(string path, List<OwnerImportError> errors)
    {
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var rows = new List<OwnerRow>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                errors.Add(new(name, 1, new("error.owners.json-array")));
                return [];
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = LineOf(bytes, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    errors.Add(new(name, line, new("error.owners.json-object")));
                    reader.Skip();
                    continue;
                }

                var dto = JsonSerializer.Deserialize<OwnerDto>(ref reader, Options)!;
                rows.Add(new OwnerRow(line, dto.Name, dto.Email, dto.Language, dto.Roles?.Select(r => r?.Trim() ?? "").ToList() ?? []));
            }
        }
        catch (JsonException ex)
        {
            errors.Add(new(name, (int)(ex.LineNumber ?? 0) + 1, new("error.owners.json-invalid", ("problem", ex.Message))));
        }

        return rows;
    }

    private static int LineOf(byte[] bytes, long index) => 1 + bytes.AsSpan(0, (int)index).Count((byte)'\n');

    private sealed record OwnerDto(string? Name, string? Email, string? Language, List<string?>? Roles);
}
