namespace RiskEngine;

/// <summary>What a review body decided about a risk.</summary>
public enum DecisionKind
{
    /// <summary>The risk is accepted at its current rating.</summary>
    Accept,

    /// <summary>The risk is treated: a new dated action with an owning office.</summary>
    Treat,

    /// <summary>The risk is passed to a higher body.</summary>
    Escalate,

    /// <summary>The risk is closed: no longer followed by this body.</summary>
    Close,
}
