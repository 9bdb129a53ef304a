using RiskWorker.Cli;

namespace RiskWorker.Reviews;

/// <summary>No evaluation fits the review being recorded: none on or before its day, or not the one <c>--evaluation</c> names.</summary>
internal sealed class ReviewEvaluationException(CliLine line) : CliLineException(line);
