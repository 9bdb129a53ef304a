using RiskEngine;

namespace RiskWorker.Notifications.Digest;

/// <summary>A risk in someone's digest: its rating now, its movement against the reference evaluation, and its latest decision by a review body.</summary>
public sealed record DigestRisk(
    string Code,
    string Title,
    int Likelihood,
    int Impact,
    int Score,
    RiskLevel Level,
    bool AboveAppetite,
    int Appetite,
    Movement Movement,
    int? ReferenceScore,
    bool Stale,
    IReadOnlyList<ReasonLine> Reasons,
    DigestDecision? LastDecision = null);
