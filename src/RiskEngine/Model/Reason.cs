namespace RiskEngine;

/// <summary>Why a rating is what it is: one rule that fired, with the fact it read.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Indicator">Indicator the rule read; null for a rule over the risk context only.</param>
/// <param name="Scope">Scope the fact belongs to.</param>
/// <param name="Value">Latest value, when there is one.</param>
/// <param name="Target">Target in force, when there is one.</param>
/// <param name="Gap">Value − target.</param>
/// <param name="Sets">Side the rule set.</param>
/// <param name="Level">Value (1–5) the rule set.</param>
/// <param name="SourceLine">Source line the rule rests on.</param>
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
    LocalizedText Text);
