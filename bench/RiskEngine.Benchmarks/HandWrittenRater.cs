using System.Linq.Expressions;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Rules;

namespace RiskEngine.Benchmarks;

/// <summary>
/// The benchmarks' baseline: the register's rules and the rating policy written by hand, without a rules engine. The
/// same parsed conditions compiled once as delegates, plain loops per scope × risk × rule over the same facts
/// (<see cref="FactBuilder"/>), <see cref="RatingPolicy"/> for the sides, links applied driver before driven, and the
/// same reasons. It does all the work <see cref="RiskRater"/> does except the Rete network, so the ratio between the
/// two is the engine's price; a test keeps its ratings equal to the engine's.
/// </summary>
internal sealed class HandWrittenRater
{
    private readonly CompiledRuleSet _rules;
    private readonly FactBuilder _facts;
    private readonly AssessmentBuilder _reasons;
    private readonly Dictionary<string, List<(RuleDefinition Rule, Func<IndicatorFact, RiskContext, bool> Holds)>> _conditions;
    private readonly Dictionary<string, List<string>> _indicatorsOf;
    private readonly ILookup<string, RiskLink> _linksTo;
    private readonly IReadOnlyList<Risk> _driversFirst;

    public HandWrittenRater(CompiledRuleSet rules, FactBuilder facts)
    {
        (_rules, _facts, _reasons) = (rules, facts, new AssessmentBuilder(rules));
        _conditions = rules.Risks.ToDictionary(r => r.Code, r => rules.RulesOf(r.Code)
            .Select(x => (x, Expression.Lambda<Func<IndicatorFact, RiskContext, bool>>(x.Parsed.Body, FactParameters.Ind, FactParameters.Ctx).Compile()))
            .ToList());
        _indicatorsOf = rules.Risks.ToDictionary(r => r.Code, r => rules.RulesOf(r.Code).Select(x => x.Indicator).OfType<string>().Distinct().ToList());
        _linksTo = rules.Links.ToLookup(l => l.Driven);
        _driversFirst = DriversFirst(rules);
    }

    public IReadOnlyList<RiskAssessment> Rate(DateOnly asOf, IReadOnlyCollection<Observation> observations, IReadOnlyCollection<MitigationAction> actions,
        IReadOnlyDictionary<string, string> scopeNames)
    {
        var byKey = observations.ToLookup(o => (o.Indicator, o.Scope));
        var otherScopes = observations.Select(o => o.Scope).Where(s => s != Scopes.University).Distinct().Order(StringComparer.Ordinal);
        var ratings = _rules.Risks.ToDictionary(r => r.Code, _ => new List<ScopeRating>());

        foreach (var scope in otherScopes.Prepend(Scopes.University))
        {
            var university = scope == Scopes.University;
            var cache = new Dictionary<string, IndicatorFact>();
            IndicatorFact Fact(string indicator) => cache.TryGetValue(indicator, out var f) ? f
                : cache[indicator] = _facts.Build(_rules.FindIndicator(indicator)!, scope, byKey[(indicator, scope)], asOf);
            bool Answers(string indicator) => university || byKey.Contains((indicator, scope));

            var reporting = _rules.Risks.Where(r => _indicatorsOf[r.Code].Any(Answers)).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
            var rated = university ? reporting : RiskRater.WithDriven(_rules.Links, reporting);
            var scopeName = ReasonText.ScopeName(scope, scopeNames.GetValueOrDefault(scope, scope), _rules.Identity);
            var inScope = new Dictionary<string, RiskRating>(StringComparer.Ordinal);
            foreach (var risk in _driversFirst)
            {
                if (!university && !rated.Contains(risk.Code)) continue;
                var ctx = RiskRater.Context(risk, scope, actions, asOf, _indicatorsOf[risk.Code].Select(Fact).ToList());
                var signals = new List<RatingSignal>();
                foreach (var (rule, holds) in _conditions[risk.Code])
                {
                    // A rule with no indicator speaks for the university only; one with an indicator where the scope reports it.
                    if (rule.Indicator is null ? !university : !Answers(rule.Indicator)) continue;
                    var ind = rule.Indicator is null ? null : Fact(rule.Indicator);
                    if (holds(ind!, ctx)) signals.Add(Signal(rule, ind, ctx));
                }

                foreach (var link in _linksTo[risk.Code])
                {
                    if (inScope.TryGetValue(link.Driver, out var driver) && driver.Drives(link)) signals.Add(Signal(link, driver, ctx));
                }

                var rating = inScope[risk.Code] = RatingPolicy.Rate(ctx, signals);
                if (!university && !reporting.Contains(risk.Code) && !rating.Signals.Any(s => s.Link is not null)) continue;
                var stale = _indicatorsOf[risk.Code].Where(i => Answers(i) && Fact(i).Stale).ToList();
                ratings[risk.Code].Add(_reasons.ToScopeRating(rating, scopeName) with { StaleIndicators = stale });
            }
        }

        return _rules.Risks.Select(r => _reasons.Assess(r, ratings[r.Code])).ToList();
    }

    private static RatingSignal Signal(RuleDefinition rule, IndicatorFact? ind, RiskContext ctx) =>
        new(rule.Id, ctx, rule.Sets, rule.Value, rule.Text) { Eases = rule.Eases, Indicator = ind, SourceLine = rule.SourceLine, Order = rule.Order };

    private static RatingSignal Signal(RiskLink link, RiskRating driver, RiskContext driven) =>
        new(link.RuleId, driven, link.Raises, link.To ?? link.By!.Value, LinkReason.Placeholder(link)) { Link = link, DriverRating = driver, SourceLine = link.CauseLine };

    // The register's risks, each after every risk that drives it (the loader refuses cycles).
    private static List<Risk> DriversFirst(CompiledRuleSet rules)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<Risk>();
        while (order.Count < rules.Risks.Count)
        {
            foreach (var risk in rules.Risks.Where(r => !placed.Contains(r.Code) && rules.Links.Where(l => l.Driven == r.Code).All(l => placed.Contains(l.Driver))).ToList())
            {
                order.Add(risk);
                placed.Add(risk.Code);
            }
        }

        return order;
    }
}
