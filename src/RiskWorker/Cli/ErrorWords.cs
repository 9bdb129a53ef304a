using System.CommandLine;
using System.Text.Json;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The words the engine's errors are printed with, in the verb's language like everything else it writes. Where a
/// verb's failure is caught its services are gone, so the register is loaded again for its words (a failure is rare;
/// the load is cheap beside it). A refused register offers no words: then the words the engine and the worker ship
/// serve, in <c>--lang</c> if they have it, else in the register's default language if <c>register.json</c> reads far
/// enough to name it, else in English.
/// </summary>
internal static class ErrorWords
{
    /// <summary>The verb's words: <see cref="CliWords.For"/> of the register, or <see cref="ForRefused"/> when it cannot be loaded.</summary>
    public static async Task<Words> ForAsync(ParseResult parse)
    {
        var options = new RiskEngineOptions();
        try
        {
            EngineServices.Configure(options, parse);
            var register = await RuleSet.LoadAsync(options).ConfigureAwait(false);
            return register.Words.Languages.Contains(Given(parse) ?? register.Identity.DefaultLanguage, StringComparer.Ordinal)
                ? CliWords.For(parse, register)
                : register.Words.For(null);
        }
        // Whatever stops the second load, the error caught first is still to be printed: in the shipped words.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ForRefused(parse, options.RulesDirectory);
        }
    }

    /// <summary>The shipped words for a register that was refused (see the class summary for the language).</summary>
    public static Words ForRefused(ParseResult parse) => ForRefused(parse, RulesDirectory(parse));

    private static Words ForRefused(ParseResult parse, string? rulesDirectory)
    {
        var shipped = EngineWords.Shipped([typeof(ErrorWords).Assembly]);
        var language = Given(parse) is { } given && shipped.Languages.Contains(given, StringComparer.Ordinal) ? given : DefaultLanguage(rulesDirectory);
        return shipped.For(language);
    }

    private static string? RulesDirectory(ParseResult parse)
    {
        var options = new RiskEngineOptions();
        try
        {
            EngineServices.Configure(options, parse);
            return options.RulesDirectory;
        }
        // The configuration that names the directory may be what is wrong; then its default language is not known.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private static string? Given(ParseResult parse) => parse.GetValue(CliOptions.Lang)?.Trim().ToLowerInvariant();

    // register.json's defaultLanguage when the file is JSON with that text, whatever else is wrong with the register.
    private static string? DefaultLanguage(string? rulesDirectory)
    {
        if (rulesDirectory is null) return null;
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
