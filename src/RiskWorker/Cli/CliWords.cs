using System.CommandLine;
using RiskEngine;

namespace RiskWorker.Cli;

/// <summary>
/// The words a verb writes with: the register's catalogue in the language of <c>--lang</c>, else the register's default.
/// Every summary, table and error a verb prints goes through these, so a verb speaks the reader's language.
/// </summary>
internal static class CliWords
{
    /// <exception cref="UnknownLanguageException">The register does not offer the language <c>--lang</c> gives.</exception>
    public static Words For(ParseResult parse, IRiskRegister register, string? fallback = null) =>
        register.Words.For(CliOptions.Language(parse, register, fallback));
}
