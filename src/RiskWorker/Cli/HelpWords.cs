using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The words help is written in: the register's, in the language of <c>--lang</c> or the register's default, as for
/// every other line a verb writes. Only help and parse errors print descriptions, so only they pay for loading them.
/// </summary>
internal static class HelpWords
{
    public static void Apply(Command root, ParseResult parse)
    {
        if (For(parse) is not { } words) return;
        CommandHelp.Describe(root, words);
        // System.CommandLine writes its own headings ("Usage:", "Options:") in the UI culture where it has them.
        CultureInfo.CurrentUICulture = words.Culture;
    }

    private static Words? For(ParseResult parse)
    {
        try
        {
            using var services = EngineServices.Build(parse);
            var register = services.GetRequiredService<IRiskRegister>();
            try
            {
                return CliWords.For(parse, register);
            }
            catch (UnknownLanguageException)
            {
                return register.Words.For(register.Identity.DefaultLanguage);
            }
        }
        catch (RuleSetException)
        {
            return null;
        }
    }
}
