using RiskWorker.Cli;

namespace RiskWorker.Reviews;

/// <summary>A <c>--body</c> names no configured review body; the verb says which ones exist (exit 1).</summary>
internal sealed class UnknownReviewBodyException(string id, IEnumerable<string> known)
    : CliLineException(new CliLine("error.review.unknown-body", ("id", id), ("known", string.Join(", ", known))));
