using System.Reflection;
using System.Text.Json;
using RiskEngine.Register;

namespace RiskEngine;

/// <summary>
/// Where word files come from: an assembly's embedded <c>Words/&lt;language&gt;.json</c> (the engine's, the worker's, an
/// embedding app's) and the register's own <c>rules/words/&lt;language&gt;.json</c>, read in that order so the register
/// has the last word.
/// </summary>
internal static class WordSources
{
    public const string Folder = "words";
    private const string Prefix = "Words/";

    public static IEnumerable<WordFile> Embedded(Assembly assembly, List<RuleSetError> errors)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var origin = $"{assembly.GetName().Name}:{name}";
            using var stream = assembly.GetManifestResourceStream(name)!;
            WordFileDto? dto;
            try
            {
                dto = JsonSerializer.Deserialize<WordFileDto>(stream, RegisterFiles.Json);
            }
            catch (JsonException ex)
            {
                errors.Add(new RuleSetError(origin, null, RegisterFiles.InvalidJson(ex), Kind: RuleSetItemKind.Words));
                continue;
            }

            if (dto is not null) yield return WordFile.Read(origin, Path.GetFileNameWithoutExtension(name[Prefix.Length..]), dto, errors);
        }
    }

    public static IEnumerable<WordFile> Register(RegisterFiles files)
    {
        if (!Directory.Exists(Path.Combine(files.Root, Folder))) return [];
        return files.List(Folder)
            .Select(f => (File: f, Dto: files.Read<WordFileDto>(f)))
            .Where(x => x.Dto is not null)
            .Select(x => WordFile.Read(x.File, Path.GetFileNameWithoutExtension(x.File), x.Dto!, files.Errors))
            .ToList();
    }
}
