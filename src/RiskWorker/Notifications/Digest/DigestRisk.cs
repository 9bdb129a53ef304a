using RiskEngine;

namespace RiskWorker.Notifications.Digest;

/// <summary>A risk in someone's digest: its rating now and its movement against the reference evaluation.</summary>
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
    IReadOnlyList<ReasonLine> Reasons);
