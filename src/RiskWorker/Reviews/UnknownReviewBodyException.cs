namespace RiskWorker.Reviews;

/// <summary>A <c>--body</c> names no configured review body; the verb says which ones exist (exit 1).</summary>
internal sealed class UnknownReviewBodyException(string id, IEnumerable<string> known)
    : Exception($"--body '{id}': no such review body (configured: {string.Join(", ", known)}; add others under Reviews:Bodies).");
