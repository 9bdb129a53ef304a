namespace RiskWorker.Cli;

/// <summary><c>--lang</c> names a language the register does not offer (<c>register.json</c> <c>languages</c>).</summary>
internal sealed class UnknownLanguageException(CliLine line) : CliLineException(line);
