using System.Collections.Concurrent;
using RiskEngine.Rules;

namespace RiskEngine.Rating;

/// <summary>
/// Turns a risk's ratings in each scope into what is stored and shown: each signal becomes a reason (rendered with
/// <see cref="ReasonText"/>, or <see cref="LinkReason"/> with the driver's deciding warnings), a side no signal explains
/// gets the register default's reason, and the worst scope rates the risk university-wide.
/// </summary>
internal sealed class AssessmentBuilder(CompiledRuleSet rules)
{
    // A default's words depend on the risk, side and value only: rendered once, not again in each of a thousand scopes
    // (scopes are rated in parallel, hence a concurrent map).
    private readonly ConcurrentDictionary<(string Risk, RatingSide Side, int Value), LocalizedText> _defaults = new();

    public ScopeRating ToScopeRating(RiskRating rating, LocalizedText scopeName)
    {
        var risk = rules.FindRisk(rating.Risk)!;
        var reasons = rating.Signals.Select(s => ToReason(rating, s, scopeName)).ToList();
        // The default explains a side no signal accounts for.
        if (!reasons.Any(r => r.Sets == RatingSide.Likelihood && r.Level == rating.Likelihood)) reasons.Add(DefaultReason.For(risk, rating.Scope, RatingSide.Likelihood, rating.Likelihood, Default(risk, RatingSide.Likelihood, rating.Likelihood)));
        if (!reasons.Any(r => r.Sets == RatingSide.Impact && r.Level == rating.Impact)) reasons.Add(DefaultReason.For(risk, rating.Scope, RatingSide.Impact, rating.Impact, Default(risk, RatingSide.Impact, rating.Impact)));
        return new ScopeRating(rating.Scope, rating.Likelihood, rating.Impact, reasons);
    }

    public RiskAssessment Assess(Risk risk, List<ScopeRating> ratings)
    {
        var university = ratings[0];
        var worst = ratings.MaxBy(r => r.Score)!;
        return new RiskAssessment
        {
            Code = risk.Code,
            Category = risk.Category,
            Likelihood = worst.Likelihood,
            Impact = worst.Impact,
            Appetite = rules.FindCategory(risk.Category)!.Appetite,
            WorstScope = worst.Scope,
            StaleIndicators = ratings.SelectMany(r => r.StaleIndicators).Distinct().ToList(),
            // The university's own defaults say nothing about a rating that comes from a faculty.
            Reasons = worst == university ? university.Reasons : [.. worst.Reasons, .. university.Reasons.Where(r => !r.IsDefault)],
            Scopes = ratings,
        };
    }

    private LocalizedText Default(Risk risk, RatingSide side, int value) =>
        _defaults.GetOrAdd((risk.Code, side, value), k => DefaultReason.Text(k.Risk, k.Side, k.Value, rules.Words));

    private Reason ToReason(RiskRating rating, RatingSignal signal, LocalizedText scopeName)
    {
        var level = rating.LevelOf(signal);
        if (signal.Link is { } link)
        {
            var driver = signal.DriverRating!;
            var why = driver.Decisive.Where(d => !d.Eases).Select(d => ToReason(driver, d, scopeName).Text).ToList();
            var text = LinkReason.Render(signal, level, rules.FindRisk(link.Driven)!, rules.FindRisk(link.Driver)!, scopeName, why, rules.Words);
            return new Reason(link.RuleId, null, rating.Scope, null, null, null, signal.Sets, level, link.CauseLine, text) { Driver = link.Driver };
        }

        var ind = signal.Indicator;
        return new Reason(signal.Rule, ind?.Code, rating.Scope,
            ind is { HasValue: true } ? ind.Value : null, ind is { HasTarget: true } ? ind.Target : null, ind is { HasValue: true, HasTarget: true } ? ind.Gap : null,
            signal.Sets, level, signal.SourceLine, ReasonText.Render(signal.Text, ind ?? IndicatorFact.None("", rating.Scope), signal.Context, scopeName, ind is null ? null : rules.FindUnit(ind.Unit), rules.Words));
    }
}
