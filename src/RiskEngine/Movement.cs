namespace RiskEngine;

/// <summary>How a risk's score moved against a reference evaluation.</summary>
public enum Movement
{
    /// <summary>Not rated in the reference evaluation (or there is none).</summary>
    New,

    /// <summary>Score went up.</summary>
    Up,

    /// <summary>Score went down.</summary>
    Down,

    /// <summary>Score unchanged.</summary>
    Same,
}
