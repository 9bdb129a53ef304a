namespace RiskEngine;

/// <summary>A risk rated university-wide: the worst of its scopes, with the reasons and the movement.</summary>
public sealed record RiskAssessment
{
    /// <summary>Risk code.</summary>
    public required string Code { get; init; }

    /// <summary>Category code.</summary>
    public required string Category { get; init; }

    /// <summary>Likelihood of the worst scope, 1–5.</summary>
    public required int Likelihood { get; init; }

    /// <summary>Impact of the worst scope, 1–5.</summary>
    public required int Impact { get; init; }

    /// <summary>Likelihood × impact.</summary>
    public int Score => RiskScale.Score(Likelihood, Impact);

    /// <summary>Level of the score.</summary>
    public RiskLevel Level => RiskScale.LevelOf(Score);

    /// <summary>The category's appetite (highest acceptable score).</summary>
    public required int Appetite { get; init; }

    /// <summary>Score above the category's appetite.</summary>
    public bool AboveAppetite => Score > Appetite;

    /// <summary>Scope whose rating this is (the university itself or the worst faculty/institute).</summary>
    public required string WorstScope { get; init; }

    /// <summary>
    /// Indicators of this risk's rules that are stale in any rated scope (or missing university-wide), each once;
    /// <see cref="ScopeRating.StaleIndicators"/> in <see cref="Scopes"/> names the scope.
    /// </summary>
    public required IReadOnlyList<string> StaleIndicators { get; init; }

    /// <summary>Rated on stale or missing data.</summary>
    public bool Stale => StaleIndicators.Count > 0;

    /// <summary>
    /// Rules that fired: those of the worst scope, then the university's own; a side no rule raised in the worst scope
    /// has a <see cref="Reason.IsDefault"/> reason naming the register's default rating.
    /// </summary>
    public required IReadOnlyList<Reason> Reasons { get; init; }

    /// <summary>Every scope that was rated, the university first.</summary>
    public required IReadOnlyList<ScopeRating> Scopes { get; init; }

    /// <summary>Movement against the previous evaluation.</summary>
    public Movement Movement { get; init; } = Movement.New;

    /// <summary>Movement against the evaluation marked as the last Council review.</summary>
    public Movement MovementSinceReview { get; init; } = Movement.New;

    /// <summary>Score in the previous evaluation, if the risk was rated there.</summary>
    public int? PreviousScore { get; init; }

    /// <summary>Score at the last review, if there was one.</summary>
    public int? ReviewScore { get; init; }
}
