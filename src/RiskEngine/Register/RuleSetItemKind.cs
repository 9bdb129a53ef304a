namespace RiskEngine;

/// <summary>What a <see cref="RuleSetError"/> is about, so that the message names it as a category, a risk, … and not as a rule.</summary>
public enum RuleSetItemKind
{
    /// <summary>A rule of <c>rules/rules/</c>.</summary>
    Rule,

    /// <summary>A category of <c>categories.json</c>.</summary>
    Category,

    /// <summary>An office of <c>offices.json</c>.</summary>
    Office,

    /// <summary>A risk of <c>risks/</c>.</summary>
    Risk,

    /// <summary>A generic risk type of <c>generic-risks.json</c>.</summary>
    GenericRisk,

    /// <summary>An indicator of <c>indicators.json</c> (or its configured target).</summary>
    Indicator,

    /// <summary>The register's identity, <c>register.json</c>.</summary>
    Register,

    /// <summary>A unit of <c>units.json</c>.</summary>
    Unit,

    /// <summary>A word of a word file (<c>rules/words/</c> or an assembly's <c>Words/</c>).</summary>
    Words,
}
