namespace RiskEngine.Rating;

/// <summary>
/// A risk rated in one scope inside a session: what the engine's rating rule yields from the signals, and what the
/// links between risks read. It keeps the signals it rests on, so a reason can be followed back to indicator values.
/// </summary>
internal sealed class RiskRating(RiskContext context, int likelihood, int impact, IReadOnlyList<RatingSignal> signals, IReadOnlyList<RatingSignal> decisive)
{
    public RiskContext Context { get; } = context;

    public string Risk => Context.Risk;

    public string Scope => Context.Scope;

    public int Likelihood { get; } = likelihood;

    public int Impact { get; } = impact;

    public RiskLevel Level => RiskScale.LevelOf(RiskScale.Score(Likelihood, Impact));

    /// <summary>Every signal of the risk in the scope, in the order the rules are written.</summary>
    public IReadOnlyList<RatingSignal> Signals { get; } = signals;

    /// <summary>The signals whose level is a side's rating.</summary>
    public IReadOnlyList<RatingSignal> Decisive { get; } = decisive;

    /// <summary>A side is rated by a fired warning, not by the register's defaults or by good news alone.</summary>
    public bool RestsOnWarning => Decisive.Any(s => !s.Eases);

    /// <summary>The link acts: the rating is at least its level and rests on a warning (a default drives nothing).</summary>
    public bool Drives(RiskLink link) => RestsOnWarning && Level >= link.From;

    /// <summary>The level <paramref name="signal"/> gave its side: its own, or for a raise by steps, the side's rating.</summary>
    public int LevelOf(RatingSignal signal) =>
        signal.Link?.By is null ? signal.Level : signal.Sets == RatingSide.Likelihood ? Likelihood : Impact;
}
