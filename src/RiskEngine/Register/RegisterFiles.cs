using System.Text.Json;
using System.Text.Json.Serialization;

namespace RiskEngine.Register;

/// <summary>Reads the JSON files of the rules directory, turning syntax errors into <see cref="RuleSetError"/>s with the line.</summary>
internal sealed class RegisterFiles(string root, List<RuleSetError> errors)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt key ("indicatr") would otherwise be dropped silently and turn a rule into one that never fires.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A key written twice would otherwise let the last one win silently, hiding the value the author read first.
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    // What RegisterLoader reads. Everything else refers to these, so a missing one would otherwise surface as dozens
    // of consequential errors ("unknown category", "unknown risk") instead of the one that matters.
    private static readonly string[] RegisterFolders = ["risks"];
    private static readonly string[] RegisterFileNames = ["register.json", "units.json", "categories.json", "offices.json", "generic-risks.json", "indicators.json"];

    public string Root { get; } = root;

    public List<RuleSetError> Errors { get; } = errors;

    private int _unread;

    /// <summary>
    /// Refuses the directory at once, one line per path, when a register file or folder is missing or a JSON file under
    /// it cannot be read (a link loop, a dangling link, a folder in a file's place): every later error would follow from it.
    /// </summary>
    public void CheckLayout()
    {
        var problems = new List<RuleSetError>();
        foreach (var folder in RegisterFolders)
        {
            if (RegisterFileProblem.OfFolder(Path.Combine(Root, folder)) is { } why) problems.Add(new($"{folder}/", null, why));
        }

        foreach (var file in RegisterFileNames.Where(f => !Path.Exists(Path.Combine(Root, f)))) problems.Add(new(file, null, EngineMessage.Of("error.register.file.missing")));
        Walk(Root, problems);
        if (problems.Count > 0) throw new RuleSetException([.. Errors, .. problems]);
    }

    public T? Read<T>(string relativePath) where T : class
    {
        var path = Path.Combine(Root, relativePath);
        if (RegisterFileProblem.OfFile(path) is { } problem)
        {
            Fail(relativePath, problem);
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json);
            if (value is null) Fail(relativePath, EngineMessage.Of("error.register.file.empty"));
            return value;
        }
        catch (JsonException ex)
        {
            // A duplicate key's message names neither the key nor where it is; the path does.
            var where = ex.Message.Contains("Path:", StringComparison.Ordinal) || ex.Path is null ? "" : $" Path: {ex.Path}.";
            Fail(relativePath, InvalidJson(ex, where));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(relativePath, RegisterFileProblem.OfFailedRead(path, ex));
            return null;
        }
    }

    /// <summary>
    /// Refuses the directory when a file read so far could not be read: what refers to its items would only be reported
    /// as unknown, burying the one error that matters.
    /// </summary>
    public void RefuseIfAnyUnread()
    {
        if (_unread > 0) throw new RuleSetException([.. Errors]);
    }

    /// <summary>The JSON files of <paramref name="folder"/>; refuses the directory at once when the folder is missing or unreadable.</summary>
    public IEnumerable<string> List(string folder)
    {
        var path = Path.Combine(Root, folder);
        if (RegisterFileProblem.OfFolder(path) is { } why)
        {
            Errors.Add(new RuleSetError($"{folder}/", null, why));
            throw new RuleSetException([.. Errors]);
        }

        return Directory.EnumerateFiles(path, "*.json").Select(Relative).Order(StringComparer.Ordinal).ToList();
    }

    // Every JSON file the rule-set hash reads, which is every one below the root outside linked folders (not followed).
    private void Walk(string folder, List<RuleSetError> problems)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new RuleSetError(Relative(folder) + "/", null, EngineMessage.Of("error.register.folder.unreadable", ("error", ex.Message))));
            return;
        }

        foreach (var entry in entries.Order(StringComparer.Ordinal))
        {
            if (entry.EndsWith(".json", StringComparison.Ordinal))
            {
                if (RegisterFileProblem.OfFile(entry) is { } why) problems.Add(new RuleSetError(Relative(entry), null, why));
            }
            else if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null)
            {
                Walk(entry, problems);
            }
        }
    }

    private void Fail(string relativePath, EngineMessage reason)
    {
        Errors.Add(new RuleSetError(relativePath, null, reason));
        _unread++;
    }

    /// <summary>A JSON syntax error, naming the line; <paramref name="where"/> is added to .NET's own message.</summary>
    internal static EngineMessage InvalidJson(JsonException ex, string where = "") =>
        EngineMessage.Of("error.register.json", ("line", (ex.LineNumber ?? 0) + 1), ("error", ex.Message + where));

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
