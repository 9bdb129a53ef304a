namespace RiskEngine;

/// <summary>What the rules know about a risk in a scope beyond single indicators (<c>ctx</c> in expressions).</summary>
public sealed record RiskContext
{
    /// <summary>Risk code.</summary>
    public string Risk { get; init; } = "";

    /// <summary>Scope code.</summary>
    public string Scope { get; init; } = "";

    /// <summary>Mitigation actions of the risk past their due date and not done.</summary>
    public int OverdueActions { get; init; }

    /// <summary>Mitigation actions of the risk not done.</summary>
    public int OpenActions { get; init; }

    /// <summary>Indicators of the risk's rules that are stale in this scope.</summary>
    public int StaleIndicators { get; init; }

    /// <summary>Indicators of the risk's rules with no value in this scope.</summary>
    public int MissingIndicators { get; init; }

    // The register's default rating, read by the engine's rating rule; not part of the condition vocabulary.
    internal int DefaultLikelihood { get; init; }

    internal int DefaultImpact { get; init; }
}
