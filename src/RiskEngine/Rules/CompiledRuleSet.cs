using NRules;
using NRules.Diagnostics;
using RiskEngine.Rating;

namespace RiskEngine.Rules;

/// <summary>
/// The loaded register and one NRules session factory for it, built once per process: the register's rules, the
/// engine's own rating and link rules and an embedding app's rules. Every run gets a new, cheap session.
/// </summary>
internal sealed class CompiledRuleSet : IRiskRegister
{
    private readonly ISessionFactory _factory;
    private readonly Dictionary<string, Risk> _risks;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, Category> _categories;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, MeasureUnit> _units;
    private readonly Dictionary<string, IReadOnlyList<RuleDefinition>> _rulesByRisk;
    private readonly IReadOnlyDictionary<string, RuleOrigin> _origins;

    public CompiledRuleSet(Register.RiskRegisterData data, IReadOnlyList<RuleDefinition> rules, string version, ISessionFactory factory, IReadOnlyDictionary<string, RuleOrigin> origins, WordCatalog words)
    {
        Words = words;
        (Categories, Offices, Risks, GenericRisks, Indicators, Rules, Version, _factory) = (data.Categories, data.Offices, data.Risks, data.GenericRisks, data.Indicators, rules, version, factory);
        _risks = Risks.ToDictionary(r => r.Code);
        _indicators = Indicators.ToDictionary(i => i.Code);
        _categories = Categories.ToDictionary(c => c.Code);
        _offices = Offices.ToDictionary(o => o.Code);
        Identity = data.Identity ?? throw new InvalidOperationException("A register is compiled only once register.json was accepted.");
        Units = data.Units;
        _units = Units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _rulesByRisk = rules.GroupBy(r => r.Risk).ToDictionary(g => g.Key, g => (IReadOnlyList<RuleDefinition>)g.ToList());
        _origins = origins;
        Links = Risks.SelectMany(r => r.DrivenBy).ToList();
    }

    public string Version { get; }
    public RegisterIdentity Identity { get; }
    public WordCatalog Words { get; }
    public IReadOnlyList<MeasureUnit> Units { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Office> Offices { get; }
    public IReadOnlyList<Risk> Risks { get; }
    public IReadOnlyList<GenericRisk> GenericRisks { get; }
    public IReadOnlyList<Indicator> Indicators { get; }
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Every link between risks of the register.</summary>
    public IReadOnlyList<RiskLink> Links { get; }

    public Risk? FindRisk(string code) => _risks.GetValueOrDefault(code);
    public Indicator? FindIndicator(string code) => _indicators.GetValueOrDefault(code);
    public Category? FindCategory(string code) => _categories.GetValueOrDefault(code);
    public Office? FindOffice(string code) => _offices.GetValueOrDefault(code);
    public MeasureUnit? FindUnit(string code) => _units.GetValueOrDefault(code);

    public IReadOnlyList<RuleDefinition> RulesOf(string risk) => _rulesByRisk.GetValueOrDefault(risk) ?? [];

    /// <summary>
    /// Runs one session over <paramref name="facts"/> (one scope's: a session's joins are nested loops, so facts of
    /// many scopes in one session would cost the square of their number) and returns the ratings it yields.
    /// A rule that throws stops the run naming the rule: a broken rule must never read as a quiet one.
    /// </summary>
    public IReadOnlyList<RiskRating> Run(IEnumerable<object> facts) => Session(facts).Query<RiskRating>().ToList();

    /// <summary>Whether <paramref name="rule"/> yields its signal on these two facts (for tests and checks).</summary>
    internal bool Fires(RuleDefinition rule, IndicatorFact ind, RiskContext ctx) =>
        Session([ind, ctx]).Query<RatingSignal>().Any(s => s.Rule == rule.Id);

    private ISession Session(IEnumerable<object> facts)
    {
        var session = _factory.CreateSession();
        LhsExpressionErrorEventArgs? failed = null;
        // Only noted, never marked handled: a handled failure would make the condition read as false (NRules#86).
        session.Events.LhsExpressionFailedEvent += (_, e) => failed ??= e;
        try
        {
            session.InsertAll(facts);
            session.Fire();
            return session;
        }
        catch (RuleLhsExpressionEvaluationException ex)
        {
            throw Failure(failed?.Rules.FirstOrDefault()?.Name, ex.InnerException ?? ex, ex.Expression);
        }
        catch (RuleRhsExpressionEvaluationException ex)
        {
            throw Failure(ex.RuleName, ex.InnerException ?? ex, ex.Expression);
        }
    }

    private RuleExecutionException Failure(string? rule, Exception cause, string expression)
    {
        var origin = rule is not null && _origins.TryGetValue(rule, out var o) ? o : new RuleOrigin(rule ?? "?", "?", expression);
        return new RuleExecutionException(origin.Rule, origin.File, origin.Condition, cause.Message);
    }
}
