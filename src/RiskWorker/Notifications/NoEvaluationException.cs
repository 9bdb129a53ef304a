namespace RiskWorker.Notifications;

/// <summary>Mail about risks needs a stored evaluation; there is none yet.</summary>
internal sealed class NoEvaluationException()
    : Exception("No evaluation is stored yet: run `evaluate` (or let the worker's daily evaluation run) before sending digests or alerts.");
