namespace RiskEngine;

/// <summary>Which way an indicator gets better.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better (e.g. share of accredited programmes).</summary>
    Higher,

    /// <summary>Less is better (e.g. IT incidents).</summary>
    Lower,
}
