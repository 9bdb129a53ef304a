namespace RiskWorker.Cli;

/// <summary>A failure whose line for the reader is <see cref="Line"/>, rendered in the verb's language by <see cref="Verb"/>.</summary>
internal abstract class CliLineException(CliLine line, Exception? innerException = null) : Exception(line.ToString(), innerException)
{
    public CliLine Line { get; } = line;
}
