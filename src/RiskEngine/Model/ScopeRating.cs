namespace RiskEngine;

/// <summary>A risk rated on one scope's data.</summary>
/// <param name="Scope">Scope code.</param>
/// <param name="Likelihood">1–5.</param>
/// <param name="Impact">1–5.</param>
/// <param name="Reasons">Rules that fired in this scope.</param>
public sealed record ScopeRating(string Scope, int Likelihood, int Impact, IReadOnlyList<Reason> Reasons)
{
    /// <summary>Likelihood × impact.</summary>
    public int Score => RiskScale.Score(Likelihood, Impact);

    /// <summary>Level of the score.</summary>
    public RiskLevel Level => RiskScale.LevelOf(Score);
}
