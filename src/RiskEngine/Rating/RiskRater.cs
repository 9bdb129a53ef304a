using RiskEngine.Facts;
using RiskEngine.Rules;

namespace RiskEngine.Rating;

/// <summary>
/// Rates every risk on a date from observations and actions: facts per indicator × scope, one NRules session per scope
/// (the university, then each faculty or institute), and the worst scope university-wide. A session holds one scope's
/// facts only, so an evaluation costs in proportion to the number of scopes.
/// </summary>
internal sealed class RiskRater(CompiledRuleSet rules, FactBuilder facts)
{
    // scopeNames: faculty and institute names by code, written into the reasons' texts; a scope without one keeps its code.
    public IReadOnlyList<RiskAssessment> Rate(DateOnly asOf, IReadOnlyCollection<Observation> observations, IReadOnlyCollection<MitigationAction> actions,
        IReadOnlyDictionary<string, string> scopeNames, CancellationToken cancellationToken)
    {
        var byKey = observations.ToLookup(o => (o.Indicator, o.Scope));
        var otherScopes = observations.Select(o => o.Scope).Where(s => s != Scopes.University).Distinct().Order(StringComparer.Ordinal);
        var indicatorsOf = rules.Risks.ToDictionary(r => r.Code, r => rules.RulesOf(r.Code).Select(x => x.Indicator).OfType<string>().Distinct().ToList());
        var ratings = rules.Risks.ToDictionary(r => r.Code, _ => new List<ScopeRating>());

        foreach (var scope in otherScopes.Prepend(Scopes.University))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var university = scope == Scopes.University;
            var cache = new Dictionary<string, IndicatorFact>();
            IndicatorFact Fact(string indicator) => cache.TryGetValue(indicator, out var f) ? f
                : cache[indicator] = facts.Build(rules.FindIndicator(indicator)!, scope, byKey[(indicator, scope)], asOf);
            // The university answers for every indicator (missing counts); a faculty only for those it reports.
            bool Answers(string indicator) => university || byKey.Contains((indicator, scope));

            var reporting = rules.Risks.Where(r => indicatorsOf[r.Code].Any(Answers)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            var rated = university ? reporting : WithDriven(reporting);
            var sessionFacts = new List<object>(rules.Links);
            sessionFacts.AddRange(indicatorsOf.Where(r => rated.Contains(r.Key)).SelectMany(r => r.Value).Where(Answers).Distinct().Select(Fact));
            sessionFacts.AddRange(rules.Risks.Where(r => university || rated.Contains(r.Code)).Select(r => Context(r, scope, actions, asOf, indicatorsOf[r.Code].Select(Fact).ToList())));

            var scopeName = ReasonText.ScopeName(scope, scopeNames.GetValueOrDefault(scope, scope));
            foreach (var rating in rules.Run(sessionFacts))
            {
                // A faculty that reports none of the risk's indicators has it rated only where a driver raised it.
                if (!university && !reporting.Contains(rating.Risk) && !rating.Signals.Any(s => s.Link is not null)) continue;
                var stale = indicatorsOf[rating.Risk].Where(i => Answers(i) && Fact(i).Stale).ToList();
                ratings[rating.Risk].Add(ToScopeRating(rating, scopeName) with { StaleIndicators = stale });
            }
        }

        return rules.Risks.Select(r => Assess(r, ratings[r.Code])).ToList();
    }

    private static RiskContext Context(Risk risk, string scope, IReadOnlyCollection<MitigationAction> actions, DateOnly asOf, IReadOnlyList<IndicatorFact> indicators)
    {
        var own = actions.Where(a => a.Risk == risk.Code).ToList();
        return new RiskContext
        {
            Risk = risk.Code,
            Scope = scope,
            OverdueActions = own.Count(a => a.IsOverdue(asOf)),
            OpenActions = own.Count(a => a.IsOpen),
            StaleIndicators = indicators.Count(i => i.Stale),
            MissingIndicators = indicators.Count(i => i.Missing),
            DefaultLikelihood = risk.DefaultLikelihood,
            DefaultImpact = risk.DefaultImpact,
        };
    }

    // The risks a set of risks drives, directly or through others, with the set itself.
    private HashSet<string> WithDriven(HashSet<string> risks)
    {
        var all = new HashSet<string>(risks, StringComparer.Ordinal);
        var queue = new Queue<string>(risks);
        while (queue.TryDequeue(out var driver))
        {
            foreach (var link in rules.Links.Where(l => l.Driver == driver && all.Add(l.Driven))) queue.Enqueue(link.Driven);
        }

        return all;
    }

    private ScopeRating ToScopeRating(RiskRating rating, LocalizedText scopeName)
    {
        var risk = rules.FindRisk(rating.Risk)!;
        var reasons = rating.Signals.Select(s => ToReason(rating, s, scopeName)).ToList();
        // The default explains a side no signal accounts for.
        if (!reasons.Any(r => r.Sets == RatingSide.Likelihood && r.Level == rating.Likelihood)) reasons.Add(DefaultReason.For(risk, rating.Scope, RatingSide.Likelihood, rating.Likelihood));
        if (!reasons.Any(r => r.Sets == RatingSide.Impact && r.Level == rating.Impact)) reasons.Add(DefaultReason.For(risk, rating.Scope, RatingSide.Impact, rating.Impact));
        return new ScopeRating(rating.Scope, rating.Likelihood, rating.Impact, reasons);
    }

    private Reason ToReason(RiskRating rating, RatingSignal signal, LocalizedText scopeName)
    {
        var level = rating.LevelOf(signal);
        if (signal.Link is { } link)
        {
            var driver = signal.DriverRating!;
            var why = driver.Decisive.Where(d => !d.Eases).Select(d => ToReason(driver, d, scopeName).Text).ToList();
            var text = LinkReason.Render(signal, level, rules.FindRisk(link.Driven)!, rules.FindRisk(link.Driver)!, scopeName, why);
            return new Reason(link.RuleId, null, rating.Scope, null, null, null, signal.Sets, level, link.CauseLine, text) { Driver = link.Driver };
        }

        var ind = signal.Indicator;
        return new Reason(signal.Rule, ind?.Code, rating.Scope,
            ind is { HasValue: true } ? ind.Value : null, ind is { HasTarget: true } ? ind.Target : null, ind is { HasValue: true, HasTarget: true } ? ind.Gap : null,
            signal.Sets, level, signal.SourceLine, ReasonText.Render(signal.Text, ind ?? IndicatorFact.None("", rating.Scope), signal.Context, scopeName, ind is null ? null : rules.FindUnit(ind.Unit)));
    }

    private RiskAssessment Assess(Risk risk, List<ScopeRating> ratings)
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
}
