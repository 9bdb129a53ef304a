using NRules;

namespace RiskEngine.Rules;

/// <summary>
/// Runs every rule on trial facts before the rule set is used: zero, negative, missing, stale and very large values.
/// A condition such as <c>ind.Points / 0 &gt; 1</c> or <c>Math.Round(ind.Value, 99) &gt; 1</c> parses and passes the
/// guard, then throws on the first real evaluation; here it stops the load instead, naming the rule. In this trial
/// session alone a failure is marked handled, so that every failing rule is found in one pass.
/// </summary>
internal static class RuleTrial
{
    public static List<RuleSetError> Run(ISessionFactory factory, Register.RiskRegisterData register, IReadOnlyDictionary<string, RuleOrigin> origins)
    {
        var errors = new Dictionary<string, RuleSetError>(StringComparer.Ordinal);
        void Fail(string rule, string scenario, Exception? ex)
        {
            var origin = origins.GetValueOrDefault(rule) ?? new RuleOrigin(rule, "?", "");
            errors.TryAdd(rule, new RuleSetError(origin.File, rule, EngineMessage.Of("error.rules.trial", ("scenario", EngineMessage.Of($"error.rules.trial.{scenario}")), ("error", (ex?.InnerException ?? ex)?.Message)),
                origin.Condition.Length > 0 ? origin.Condition : null));
        }

        foreach (var (scenario, fact, context) in Scenarios())
        {
            var session = factory.CreateSession();
            session.Events.LhsExpressionFailedEvent += (_, e) =>
            {
                foreach (var rule in e.Rules) Fail(rule.Name, scenario, e.Exception);
                e.IsHandled = true;
            };
            session.Events.RhsExpressionFailedEvent += (_, e) =>
            {
                Fail(e.Match.Rule.Name, scenario, e.Exception);
                e.IsHandled = true;
            };
            session.InsertAll(register.Indicators.Select(i => (object)fact(i)));
            session.InsertAll(register.Risks.Select(r => (object)context(r)));
            session.Fire();
        }

        return [.. errors.Values];
    }

    private static IEnumerable<(string Name, Func<Indicator, IndicatorFact> Fact, Func<Risk, RiskContext> Context)> Scenarios()
    {
        RiskContext Context(Risk r, int count) => new()
        {
            Risk = r.Code, Scope = Scopes.University, OverdueActions = count, OpenActions = count, StaleIndicators = count, MissingIndicators = count,
            DefaultLikelihood = r.DefaultLikelihood, DefaultImpact = r.DefaultImpact,
        };
        IndicatorFact Fact(Indicator i, double v, int points, bool stale) => new()
        {
            Code = i.Code, Scope = Scopes.University, Unit = i.Unit, HasValue = true, Stale = stale, Value = v, Period = "2026",
            HasTarget = true, Target = v, FinalTarget = v, TargetYear = 2028, HasBaseline = true, Baseline = v, Gap = v, Shortfall = v,
            ShortfallRatio = v, Projected = v, Slope = v, Points = points, OffTrack = true, Status = "off-track",
        };

        yield return ("missing", i => IndicatorFact.None(i.Code, Scopes.University) with { Unit = i.Unit }, r => Context(r, 0));
        yield return ("zero", i => Fact(i, 0, 0, stale: false), r => Context(r, 0));
        yield return ("negative", i => Fact(i, -1, 1, stale: false), r => Context(r, 1));
        yield return ("stale", i => Fact(i, 50, 1, stale: true), r => Context(r, 3));
        yield return ("large", i => Fact(i, 1e300, int.MaxValue, stale: false), r => Context(r, int.MaxValue));
    }
}
