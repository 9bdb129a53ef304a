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
                return await FailAsync(parse, words => Configuration(words, parse, [ex])).ConfigureAwait(false);
            }
            // The host validates every options section at start and throws them together when several are wrong.
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
            {
                return await FailAsync(parse, words => Configuration(words, parse, ex.InnerExceptions.Cast<OptionsValidationException>())).ConfigureAwait(false);
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

    // The worker's validators wrote their failures in the reader's words (ReaderWords). The engine's cannot (the register
    // is loaded with its settings): they are bound again as the verb bound them and said here in the verb's words.
    private static string Configuration(Words words, ParseResult parse, IEnumerable<OptionsValidationException> refusals)
    {
        var failures = refusals.SelectMany(ex => ex.OptionsType == typeof(RiskEngineOptions) ? EngineProblems(words, parse, ex) : ex.Failures);
        return words.Format("error.cli.configuration", ("failures", string.Join(" ", failures)));
    }

    private static IEnumerable<string> EngineProblems(Words words, ParseResult parse, OptionsValidationException refusal)
    {
        var options = new RiskEngineOptions();
        try
        {
            EngineServices.Configure(options, parse);
        }
        // The strict binding itself refused the section: its (English, .NET's) reason as it was said.
        catch (OptionsValidationException)
        {
            return refusal.Failures;
        }

        var problems = RiskEngineOptionsValidator.Problems(options).Select(p => p.Render(words)).ToList();
        return problems.Count > 0 ? problems : refusal.Failures;
    }

    private static Task<int> FailAsync(ParseResult parse, CliLine line) => FailAsync(parse, line.In);

    private static async Task<int> FailAsync(ParseResult parse, Func<Words, string> line)
    {
        await Console.Error.WriteLineAsync(line(await RegisterWords.ForAsync(parse).ConfigureAwait(false))).ConfigureAwait(false);
        return ConfigurationError;
    }

    // The importing verbs carry --errors; where it was given, the full list of a refused file goes there.
    private static string? ErrorsFile(ParseResult parse) =>
        parse.CommandResult.Command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == ImportErrorsFile.OptionName) is { } option ? parse.GetValue(option) : null;
}
