using System.CommandLine;
using System.Text.Json;
using RiskEngine;
using RiskEngine.Rules;

namespace RiskWorker.Cli;

/// <summary>
/// The words a verb writes with when its services are not at hand: a failure caught in <see cref="Verb"/> (the
/// services, and the register they loaded, are gone by then) and help (printed before any verb runs). The register is
/// read from its folder only, words without rules — never from the database, which may be what failed, nor with the <c>RiskEngine</c>
/// settings, which may be what is wrong (they change no word) — in <c>--lang</c> when it offers it, else its default.
/// A register that is itself refused offers no words: then the words the engine and the worker ship serve, in
/// <c>--lang</c> if they have it, else the register's default language if <c>register.json</c> reads far enough to name
/// it, else English.
/// </summary>
internal static class RegisterWords
{
    public static async Task<Words> ForAsync(ParseResult parse)
    {
        var rules = RulesDirectory(parse);
        try
        {
            // Words alone: the rules are neither read nor compiled (a --help must not wait for NRules).
            var words = await RuleSetLoader.LoadWordsAsync(rules, [typeof(RegisterWords).Assembly]).ConfigureAwait(false);
            return words.For(CliOptions.GivenLanguage(parse));
        }
        // Whatever stops this load, the error caught first is still to be printed: in the shipped words.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ForRefused(CliOptions.GivenLanguage(parse), rules);
        }
    }

    /// <summary>The shipped words for a register that was refused (see the class summary for the language).</summary>
    public static Words ForRefused(ParseResult parse) => ForRefused(CliOptions.GivenLanguage(parse), RulesDirectory(parse));

    /// <summary>The shipped words for <paramref name="language"/> (<c>--lang</c>), else the default of the register in <paramref name="rulesDirectory"/>, else English.</summary>
    public static Words ForRefused(string? language, string rulesDirectory)
    {
        var shipped = EngineWords.Shipped([typeof(RegisterWords).Assembly]);
        var given = language?.Trim().ToLowerInvariant();
        return shipped.For(given is not null && shipped.Languages.Contains(given, StringComparer.Ordinal) ? given : DefaultLanguage(rulesDirectory));
    }

    private static string RulesDirectory(ParseResult parse) => RulesLocator.Resolve(parse.GetValue(CliOptions.Rules), WorkerConfiguration.Current);

    // register.json's defaultLanguage when the file is JSON with that text, whatever else is wrong with the register.
    private static string? DefaultLanguage(string rulesDirectory)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(rulesDirectory, "register.json")),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("defaultLanguage", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
