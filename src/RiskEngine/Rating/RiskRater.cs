using System.Runtime.ExceptionServices;
using RiskEngine.Facts;
using RiskEngine.Rules;

namespace RiskEngine.Rating;

/// <summary>
/// Rates every risk on a date from observations and actions: facts per indicator × scope, one NRules session per scope
/// (the university, then each faculty or institute), and the worst scope university-wide. A session holds one scope's
/// facts only, so an evaluation costs in proportion to the number of scopes; and since scopes share nothing, they are
/// rated side by side on the machine's cores (the session factory is thread-safe, each session is used by one thread)
/// and gathered back in scope order, so the result is the same on one core or many.
/// </summary>
internal sealed class RiskRater(CompiledRuleSet rules, FactBuilder facts)
{
    private readonly AssessmentBuilder _assessments = new(rules);

    // The indicators each risk's rules read: the same for every scope and every evaluation.
    private readonly Dictionary<string, List<string>> _indicatorsOf =
        rules.Risks.ToDictionary(r => r.Code, r => rules.RulesOf(r.Code).Select(x => x.Indicator).OfType<string>().Distinct().ToList());

    // scopeNames: faculty and institute names by code, the same in every language.
    public IReadOnlyList<RiskAssessment> Rate(DateOnly asOf, IReadOnlyCollection<Observation> observations, IReadOnlyCollection<MitigationAction> actions,
        IReadOnlyDictionary<string, string> scopeNames, CancellationToken cancellationToken) =>
        Rate(asOf, observations, actions, scopeNames.ToDictionary(n => n.Key, n => LocalizedText.Same(n.Value), StringComparer.Ordinal), cancellationToken);

    // scopeNames: faculty and institute names by code and language, written into the reasons' texts; a scope without one keeps its code.
    public IReadOnlyList<RiskAssessment> Rate(DateOnly asOf, IReadOnlyCollection<Observation> observations, IReadOnlyCollection<MitigationAction> actions,
        IReadOnlyDictionary<string, LocalizedText> scopeNames, CancellationToken cancellationToken)
    {
        var byKey = observations.ToLookup(o => (o.Indicator, o.Scope));
        string[] scopes = [Scopes.University, .. observations.Select(o => o.Scope).Where(s => s != Scopes.University).Distinct().Order(StringComparer.Ordinal)];
        var actionsOf = rules.Risks.ToDictionary(r => r.Code, r => (IReadOnlyCollection<MitigationAction>)actions.Where(a => a.Risk == r.Code).ToList(), StringComparer.Ordinal);

        var rated = new List<(string Risk, ScopeRating Rating)>[scopes.Length];
        try
        {
            Parallel.For(0, scopes.Length, new ParallelOptions { CancellationToken = cancellationToken },
                i => rated[i] = RateScope(scopes[i], asOf, byKey, actionsOf, scopeNames.GetValueOrDefault(scopes[i]) ?? LocalizedText.Same(scopes[i])));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // A rule that throws stops the evaluation with its own exception, as when scopes were rated one by one.
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        var ratings = rules.Risks.ToDictionary(r => r.Code, _ => new List<ScopeRating>(scopes.Length), StringComparer.Ordinal);
        foreach (var (risk, rating) in rated.SelectMany(r => r)) ratings[risk].Add(rating);
        return rules.Risks.Select(r => _assessments.Assess(r, ratings[r.Code])).ToList();
    }

    private List<(string Risk, ScopeRating Rating)> RateScope(string scope, DateOnly asOf, ILookup<(string Indicator, string Scope), Observation> byKey,
        Dictionary<string, IReadOnlyCollection<MitigationAction>> actionsOf, LocalizedText name)
    {
        var university = scope == Scopes.University;
        var cache = new Dictionary<string, IndicatorFact>(StringComparer.Ordinal);
        IndicatorFact Fact(string indicator) => cache.TryGetValue(indicator, out var f) ? f
            : cache[indicator] = facts.Build(rules.FindIndicator(indicator)!, scope, byKey[(indicator, scope)], asOf);
        // The university answers for every indicator (missing counts); a faculty only for those it reports.
        bool Answers(string indicator) => university || byKey.Contains((indicator, scope));

        var reporting = rules.Risks.Where(r => _indicatorsOf[r.Code].Any(Answers)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var rated = university ? reporting : WithDriven(rules.Links, reporting);
        var sessionFacts = new List<object>(rules.Links);
        sessionFacts.AddRange(_indicatorsOf.Where(r => rated.Contains(r.Key)).SelectMany(r => r.Value).Where(Answers).Distinct().Select(Fact));
        sessionFacts.AddRange(rules.Risks.Where(r => university || rated.Contains(r.Code)).Select(r => Context(r, scope, actionsOf[r.Code], asOf, _indicatorsOf[r.Code].Select(Fact).ToList())));

        var scopeName = ReasonText.ScopeName(scope, name, rules.Identity);
        var result = new List<(string Risk, ScopeRating Rating)>();
        foreach (var rating in rules.Run(sessionFacts))
        {
            // A faculty that reports none of the risk's indicators has it rated only where a driver raised it.
            if (!university && !reporting.Contains(rating.Risk) && !rating.Signals.Any(s => s.Link is not null)) continue;
            var stale = _indicatorsOf[rating.Risk].Where(i => Answers(i) && Fact(i).Stale).ToList();
            result.Add((rating.Risk, _assessments.ToScopeRating(rating, scopeName) with { StaleIndicators = stale }));
        }

        return result;
    }

    // Internal so the benchmark's hand-written rating builds the very same contexts.
    internal static RiskContext Context(Risk risk, string scope, IReadOnlyCollection<MitigationAction> actions, DateOnly asOf, IReadOnlyList<IndicatorFact> indicators)
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
    internal static HashSet<string> WithDriven(IReadOnlyList<RiskLink> links, HashSet<string> risks)
    {
        var all = new HashSet<string>(risks, StringComparer.Ordinal);
        var queue = new Queue<string>(risks);
        while (queue.TryDequeue(out var driver))
        {
            foreach (var link in links.Where(l => l.Driver == driver && all.Add(l.Driven))) queue.Enqueue(link.Driven);
        }

        return all;
    }
}
