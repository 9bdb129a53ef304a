namespace RiskEngine;

/// <summary>
/// What one rule says about one side of a risk in one scope: the level it sets and why. The register's rules, the
/// links between risks and an embedding app's own NRules rules yield signals; the engine's rating rule turns the
/// signals of a risk in a scope into its rating: the highest warning, never below the register's default; else the
/// highest easing signal; else the default. Every signal becomes a <see cref="Reason"/>.
/// </summary>
public sealed class RatingSignal
{
    /// <summary>A signal from rule <paramref name="rule"/> about the risk and scope of <paramref name="context"/>.</summary>
    /// <param name="rule">Id of the rule that yields it; shown with the reason.</param>
    /// <param name="context">The risk in the scope the signal is about.</param>
    /// <param name="sets">The side it sets.</param>
    /// <param name="level">The level, 1–5.</param>
    /// <param name="text">
    /// Explanation, a template in every language: <c>{scope}</c>, <c>{value}</c>, <c>{target}</c>, <c>{gap}</c>, … are
    /// filled from <paramref name="context"/> and <see cref="Indicator"/> (rules/README.md lists them).
    /// </param>
    public RatingSignal(string rule, RiskContext context, RatingSide sets, int level, LocalizedText text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, RiskScale.Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, RiskScale.Max);
        (Rule, Context, Sets, Level, Text) = (rule, context, sets, level, text);
    }

    /// <summary>Id of the rule that yielded the signal.</summary>
    public string Rule { get; }

    /// <summary>The risk in the scope the signal is about.</summary>
    public RiskContext Context { get; }

    /// <summary>Risk code.</summary>
    public string Risk => Context.Risk;

    /// <summary>Scope code.</summary>
    public string Scope => Context.Scope;

    /// <summary>The side it sets.</summary>
    public RatingSide Sets { get; }

    /// <summary>The level it sets, 1–5.</summary>
    public int Level { get; }

    /// <summary>Explanation template in every language.</summary>
    public LocalizedText Text { get; }

    /// <summary>Good news: may rate the side below the default, and counts only when no warning on that side fires.</summary>
    public bool Eases { get; init; }

    /// <summary>The indicator fact the rule read, if any: its value, target and gap go with the reason.</summary>
    public IndicatorFact? Indicator { get; init; }

    /// <summary>Source line the rule rests on, 0 when none.</summary>
    public int SourceLine { get; init; }

    // Position of the register rule, so reasons keep the order rules are written in; app rules and links come after.
    internal int Order { get; init; } = int.MaxValue;

    // Set on the signal a link between risks yields: the link and the driver's rating it rests on.
    internal RiskLink? Link { get; init; }

    internal Rating.RiskRating? DriverRating { get; init; }
}
