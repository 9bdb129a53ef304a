using RiskWorker.Cli;

namespace RiskWorker.Notifications;

/// <summary>Mail about risks needs a stored evaluation; there is none yet.</summary>
internal sealed class NoEvaluationException() : CliLineException(new CliLine("error.cli.no-evaluation"));
