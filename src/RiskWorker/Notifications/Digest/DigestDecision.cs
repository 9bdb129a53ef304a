using RiskEngine;

namespace RiskWorker.Notifications.Digest;

/// <summary>A risk's latest decision as a mail shows it: the body's name in the reader's language, the day, what, the note.</summary>
public sealed record DigestDecision(string Body, DateOnly ReviewedOn, DecisionKind Decision, string? Note)
{
    internal static DigestDecision? Of(RecordedDecision? decision, Func<string, string> bodyName) =>
        decision is null ? null : new(bodyName(decision.Body), decision.ReviewedOn, decision.Decision.Decision, decision.Decision.Note);
}
