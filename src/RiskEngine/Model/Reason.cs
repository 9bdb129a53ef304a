namespace RiskEngine;

/// <summary>
/// Why a rating is what it is: one rule that fired, with the fact it read; or, for a side no rule raised, the
/// register's default rating (<see cref="IsDefault"/>, rule id <c>&lt;risk&gt;.default-likelihood</c> or
/// <c>&lt;risk&gt;.default-impact</c>, no indicator and no value; <see cref="Level"/> is the default rating).
/// </summary>
/// <param name="Rule">Rule id (for a default: <c>&lt;risk&gt;.default-&lt;side&gt;</c>).</param>
/// <param name="Indicator">Indicator the rule read; null for a rule over the risk context only.</param>
/// <param name="Scope">Scope the fact belongs to.</param>
/// <param name="Value">Latest value, when there is one (none for a default: its rating is <paramref name="Level"/>).</param>
/// <param name="Target">Target in force, when there is one.</param>
/// <param name="Gap">Value − target.</param>
/// <param name="Sets">Side the rule set.</param>
/// <param name="Level">Value (1–5) the rule set.</param>
/// <param name="SourceLine">Source line the rule rests on (for a default, the risk's line).</param>
/// <param name="Text">The rule's explanation with the values filled in, in every language.</param>
public sealed record Reason(
    string Rule,
    string? Indicator,
    string Scope,
    double? Value,
    double? Target,
    double? Gap,
    RatingSide Sets,
    int Level,
    int SourceLine,
    LocalizedText Text)
{
    /// <summary>No rule fired for this side: the reason states the register's default rating, not a fired rule.</summary>
    public bool IsDefault { get; init; }

    /// <summary>
    /// The register risk whose rating raised this one (a link between risks: <see cref="RiskLink"/>), else null. The text
    /// says how the driver is rated and why.
    /// </summary>
    public string? Driver { get; init; }
}
