using System.CommandLine;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The words <see cref="Verb"/> writes a failure with. The verb's services, and the register they loaded, are gone by
/// then, so the register is loaded again — from its folder only (well under a second): never from the database, which
/// may be what failed, nor with the <c>RiskEngine</c> settings, which may be what is wrong (targets change no word).
/// <c>--lang</c> when the register offers it, else the register's default.
/// </summary>
internal static class FailureWords
{
    /// <returns>Null when the register itself cannot be loaded (its own error is then what the verb reports).</returns>
    public static async Task<Words?> ForAsync(ParseResult parse)
    {
        RiskEngine.IRiskRegister register;
        try
        {
            var options = new RiskEngineOptions { RulesDirectory = RulesLocator.Resolve(parse.GetValue(CliOptions.Rules), WorkerConfiguration.Current) };
            options.AddWords(typeof(FailureWords).Assembly);
            register = await RuleSet.LoadAsync(options).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RuleSetException or IOException)
        {
            return null;
        }

        try
        {
            return CliWords.For(parse, register);
        }
        catch (UnknownLanguageException)
        {
            return register.Words.For(register.Identity.DefaultLanguage);
        }
    }

    /// <summary><paramref name="line"/> in <paramref name="words"/>; its key and values when no register could be loaded.</summary>
    public static string Render(CliLine line, Words? words) => words is null ? line.ToString() : line.In(words);
}
