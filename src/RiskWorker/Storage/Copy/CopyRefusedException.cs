using RiskWorker.Cli;

namespace RiskWorker.Storage.Copy;

/// <summary>A database copy that was refused or stopped before its commit: nothing was written to the target.</summary>
internal sealed class CopyRefusedException(CliLine line, Exception? innerException = null) : CliLineException(line, innerException);
