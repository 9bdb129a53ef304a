namespace RiskEngine;

/// <summary>Level of a score (likelihood × impact).</summary>
public enum RiskLevel
{
    /// <summary>Score 1–4.</summary>
    Low,

    /// <summary>Score 5–9.</summary>
    Medium,

    /// <summary>Score 10–16.</summary>
    High,

    /// <summary>Score 17–25.</summary>
    Critical,
}
