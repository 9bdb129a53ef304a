using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskEngine.Register;

/// <summary>Reads one JSON file of the rules directory, turning syntax errors into <see cref="RuleSetError"/>s with the line.</summary>
internal sealed class RegisterFiles(string root, List<RuleSetError> errors)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt key ("indicatr") would otherwise be dropped silently and turn a rule into one that never fires.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public string Root { get; } = root;

    public List<RuleSetError> Errors { get; } = errors;

    public T? Read<T>(string relativePath) where T : class
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
        {
            Errors.Add(new RuleSetError(relativePath, null, "file is missing"));
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
            if (value is null) Errors.Add(new RuleSetError(relativePath, null, "file is empty"));
            return value;
        }
        catch (JsonException ex)
        {
            Errors.Add(new RuleSetError(relativePath, null, $"invalid JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message}"));
            return null;
        }
    }

    public IEnumerable<string> List(string folder) =>
        Directory.Exists(Path.Combine(Root, folder))
            ? Directory.EnumerateFiles(Path.Combine(Root, folder), "*.json")
                .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];
}
