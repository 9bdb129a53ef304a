using Microsoft.Extensions.Options;
using RiskWorker.Cli;

namespace RiskWorker.Reports.Council;

/// <summary>Refuses a <c>CouncilPack</c> section the pack cannot be printed with, in the reader's words.</summary>
internal sealed class CouncilPackOptionsValidator(ReaderWords reader) : IValidateOptions<CouncilPackOptions>
{
    public ValidateOptionsResult Validate(string? name, CouncilPackOptions options) =>
        reader.Result(options.PdfTimeout > TimeSpan.Zero ? [] : [new CliLine("error.settings.council-pack.pdf-timeout", ("setting", "CouncilPack:PdfTimeout"))]);
}
