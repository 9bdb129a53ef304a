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
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return ConfigurationError;
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures)).ConfigureAwait(false);
                return ConfigurationError;
            }
            catch (RuleExecutionException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return ConfigurationError;
            }
            catch (ObservationValidationException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return DataError;
            }
            catch (ImportRefusedException ex)
            {
                await Console.Error.WriteLineAsync(ex.Report()).ConfigureAwait(false);
                return DataError;
            }
        });
}
