namespace RiskEngine;

/// <summary>A rule as declared in a rule file (<c>rules/rules/&lt;risk&gt;.json</c>), with the metadata that explains it.</summary>
/// <param name="Id">Rule id, unique across the register.</param>
/// <param name="Risk">Risk it rates.</param>
/// <param name="Indicator">Indicator whose facts it reads as <c>ind</c>; null when it reads only <c>ctx</c>.</param>
/// <param name="Sets">Side it sets.</param>
/// <param name="Value">Value (1–5) it sets when it fires.</param>
/// <param name="SourceLine">Source line it rests on.</param>
/// <param name="Text">Explanation template in three languages.</param>
/// <param name="Condition">The condition, in the expression language of rules/README.md.</param>
/// <param name="File">Rule file it was loaded from, relative to the rules directory.</param>
/// <param name="Eases">
/// True for good news (an indicator on track): the rule may rate its side below the risk's default, and counts only
/// when no warning on that side fires. A warning (false) never rates a side below the default.
/// </param>
public sealed record RuleDefinition(
    string Id,
    string Risk,
    string? Indicator,
    RatingSide Sets,
    int Value,
    int SourceLine,
    LocalizedText Text,
    string Condition,
    string File,
    bool Eases = false)
{
    /// <summary>The condition parsed and guarded: the tree that is built into the NRules rule.</summary>
    internal Rules.ParsedCondition Parsed { get; init; } = null!;

    /// <summary>Position in the register, so that reasons keep the order the rules are written in.</summary>
    internal int Order { get; init; }
}
