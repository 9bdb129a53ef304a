namespace RiskEngine;

/// <summary>Which side of the 5×5 rating a rule sets.</summary>
public enum RatingSide
{
    /// <summary>How likely the risk is to materialise (1–5).</summary>
    Likelihood,

    /// <summary>How hard it would hit (1–5).</summary>
    Impact,
}
