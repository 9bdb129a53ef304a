using System.CommandLine;
using Microsoft.Extensions.Options;
using RiskEngine;
using RiskWorker.Import;

namespace RiskWorker.Cli;

/// <summary>Runs a verb's body and turns the engine's known failures into a message on stderr and an exit code.</summary>
internal static class Verb
{
    public const int Ok = 0;
    public const int ConfigurationError = 1;
    public const int DataError = 2;

    public static void Action(Command command, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await body(parse, ct).ConfigureAwait(false);
            }
            catch (RuleSetException ex)
            {
                await Console.Error.WriteLineAsync(ex.Describe(RegisterWords.ForRefused(parse))).ConfigureAwait(false);
                return ConfigurationError;
            }
            catch (OptionsValidationException ex)
            {
                return await FailAsync(parse, Configuration(ex.Failures)).ConfigureAwait(false);
            }
            // The host validates every options section at start and throws them together when several are wrong.
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
            {
                return await FailAsync(parse, Configuration(ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures))).ConfigureAwait(false);
            }
            // The Smtp settings do not fit the server (mail stays pending), --lang or --body names nothing the register or settings offer.
            catch (CliLineException ex)
            {
                return await FailAsync(parse, ex.Line).ConfigureAwait(false);
            }
            // The database was recorded for another register: nothing is read or written.
            catch (RegisterMismatchException ex)
            {
                await Console.Error.WriteLineAsync(ex.Describe(await RegisterWords.ForAsync(parse).ConfigureAwait(false))).ConfigureAwait(false);
                return ConfigurationError;
            }
            catch (RuleExecutionException ex)
            {
                await Console.Error.WriteLineAsync(ex.Describe(await RegisterWords.ForAsync(parse).ConfigureAwait(false))).ConfigureAwait(false);
                return ConfigurationError;
            }
            catch (ObservationValidationException ex)
            {
                await Console.Error.WriteLineAsync(ex.Describe(await RegisterWords.ForAsync(parse).ConfigureAwait(false))).ConfigureAwait(false);
                return DataError;
            }
            catch (ImportRefusedException ex)
            {
                var note = ErrorsFile(parse) is { } file ? await ImportErrorsFile.WriteAsync(ex, file).ConfigureAwait(false) : null;
                await Console.Error.WriteLineAsync(ex.Report(note)).ConfigureAwait(false);
                return DataError;
            }
            // The database is not one, read-only, locked, unreachable or refuses the login: a line that names it, not a stack trace.
            catch (Exception ex) when (DatabaseErrors.Describe(ex, CliOptions.Database(parse)) is { } line)
            {
                return await FailAsync(parse, line).ConfigureAwait(false);
            }
        });

    // Options validators name settings, so their failures stay as written (English); the line around them is the verb's language.
    private static CliLine Configuration(IEnumerable<string> failures) => new("error.cli.configuration", ("failures", string.Join(" ", failures)));

    private static async Task<int> FailAsync(ParseResult parse, CliLine line)
    {
        await Console.Error.WriteLineAsync(line.In(await RegisterWords.ForAsync(parse).ConfigureAwait(false))).ConfigureAwait(false);
        return ConfigurationError;
    }

    // The importing verbs carry --errors; where it was given, the full list of a refused file goes there.
    private static string? ErrorsFile(ParseResult parse) =>
        parse.CommandResult.Command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == ImportErrorsFile.OptionName) is { } option ? parse.GetValue(option) : null;
}
