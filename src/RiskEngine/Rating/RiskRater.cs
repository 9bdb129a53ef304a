using RiskEngine.Facts;
using RiskEngine.Rules;

namespace RiskEngine.Rating;

/// <summary>
/// Rates every risk on a date from observations and actions: facts per indicator × scope, the risk's rules per scope,
/// each side from the rules that fired (see <see cref="Side"/>), and the worst scope university-wide.
/// </summary>
internal sealed class RiskRater(CompiledRuleSet rules, FactBuilder facts)
{
    // scopeNames: faculty and institute names by code, written into the reasons' texts; a scope without one keeps its code.
    public async Task<IReadOnlyList<RiskAssessment>> RateAsync(DateOnly asOf, IReadOnlyCollection<Observation> observations, IReadOnlyCollection<MitigationAction> actions,
        IReadOnlyDictionary<string, string> scopeNames, CancellationToken cancellationToken)
    {
        var byKey = observations.ToLookup(o => (o.Indicator, o.Scope));
        var otherScopes = observations.Select(o => o.Scope).Where(s => s != Scopes.University).Distinct().Order(StringComparer.Ordinal).ToList();
        var cache = new Dictionary<(string, string), IndicatorFact>();
        IndicatorFact Fact(string indicator, string scope) => cache.TryGetValue((indicator, scope), out var f) ? f
            : cache[(indicator, scope)] = facts.Build(rules.FindIndicator(indicator)!, scope, byKey[(indicator, scope)], asOf);

        var result = new List<RiskAssessment>(rules.Risks.Count);
        foreach (var risk in rules.Risks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var riskRules = rules.RulesOf(risk.Code);
            var indicators = riskRules.Select(r => r.Indicator).OfType<string>().Distinct().ToList();
            var riskActions = actions.Where(a => a.Risk == risk.Code).ToList();
            var scopes = otherScopes.Where(s => indicators.Any(i => byKey.Contains((i, s)))).Prepend(Scopes.University);

            var ratings = new List<ScopeRating>();
            foreach (var scope in scopes)
            {
                var ctx = new RiskContext
                {
                    Risk = risk.Code,
                    Scope = scope,
                    OverdueActions = riskActions.Count(a => a.IsOverdue(asOf)),
                    OpenActions = riskActions.Count(a => a.IsOpen),
                    StaleIndicators = indicators.Count(i => Fact(i, scope).Stale),
                    MissingIndicators = indicators.Count(i => Fact(i, scope).Missing),
                };
                // The university answers for every indicator (missing counts); a faculty only for those it reports.
                var stale = indicators.Where(i => Fact(i, scope).Stale && (scope == Scopes.University || byKey.Contains((i, scope)))).ToList();
                var rating = await RateScopeAsync(risk, riskRules, scope, scopeNames.GetValueOrDefault(scope, scope), ctx, Fact, byKey).ConfigureAwait(false);
                ratings.Add(rating with { StaleIndicators = stale });
            }

            var university = ratings[0];
            var worst = ratings.MaxBy(r => r.Score)!;
            result.Add(new RiskAssessment
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
            });
        }

        return result;
    }

    private async Task<ScopeRating> RateScopeAsync(Risk risk, IReadOnlyList<RuleDefinition> riskRules, string scope, string scopeName, RiskContext ctx,
        Func<string, string, IndicatorFact> fact, ILookup<(string, string), Observation> byKey)
    {
        var reasons = new List<Reason>();
        var fired = new List<RuleDefinition>();
        foreach (var rule in riskRules)
        {
            // A faculty is judged only on the indicators it reports; university-wide rules (overdue actions, missing data) run once.
            var university = scope == Scopes.University;
            if (!university && (rule.Indicator is null || !byKey.Contains((rule.Indicator, scope)))) continue;
            var ind = rule.Indicator is null ? IndicatorFact.None("", scope) : fact(rule.Indicator, scope);
            if (!await rules.FiresAsync(rule, ind, ctx).ConfigureAwait(false)) continue;
            reasons.Add(new Reason(rule.Id, rule.Indicator, scope,
                ind.HasValue ? ind.Value : null, ind.HasTarget ? ind.Target : null, ind.HasValue && ind.HasTarget ? ind.Gap : null,
                rule.Sets, rule.Value, rule.SourceLine, ReasonText.Render(rule.Text, ind, ctx, scopeName)));
            fired.Add(rule);
        }

        var likelihood = Side(fired.Where(r => r.Sets == RatingSide.Likelihood), risk.DefaultLikelihood);
        var impact = Side(fired.Where(r => r.Sets == RatingSide.Impact), risk.DefaultImpact);
        // The default explains a side no fired rule accounts for.
        if (!reasons.Any(r => r.Sets == RatingSide.Likelihood && r.Level == likelihood)) reasons.Add(DefaultReason.For(risk, scope, RatingSide.Likelihood, likelihood));
        if (!reasons.Any(r => r.Sets == RatingSide.Impact && r.Level == impact)) reasons.Add(DefaultReason.For(risk, scope, RatingSide.Impact, impact));
        return new ScopeRating(scope, likelihood, impact, reasons);
    }

    /// <summary>
    /// One side of a rating: the highest warning that fired, never below the register's default (bad news cannot make
    /// a risk look better than knowing nothing); with no warning, the highest easing rule (good news may bring it
    /// below the default); with neither, the default.
    /// </summary>
    internal static int Side(IEnumerable<RuleDefinition> fired, int fallback)
    {
        var levels = fired.ToLookup(r => r.Eases, r => r.Value);
        if (levels[false].Any()) return Math.Max(fallback, levels[false].Max());
        return levels[true].Any() ? levels[true].Max() : fallback;
    }
}
