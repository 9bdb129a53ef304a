namespace RiskEngine;

/// <summary>A risk rated on one scope's data.</summary>
/// <param name="Scope">Scope code.</param>
/// <param name="Likelihood">1–5.</param>
/// <param name="Impact">1–5.</param>
/// <param name="Reasons">Rules that fired in this scope, and a default reason for each side none of them set.</param>
public sealed record ScopeRating(string Scope, int Likelihood, int Impact, IReadOnlyList<Reason> Reasons)
{
    /// <summary>Likelihood × impact.</summary>
    public int Score => RiskScale.Score(Likelihood, Impact);

    /// <summary>Level of the score.</summary>
    public RiskLevel Level => RiskScale.LevelOf(Score);

    /// <summary>
    /// Indicators of this risk's rules that are stale in this scope: for the university also those with no data; for
    /// a faculty or institute only those it reports, since it is judged only on them.
    /// </summary>
    public IReadOnlyList<string> StaleIndicators { get; init; } = [];
}
