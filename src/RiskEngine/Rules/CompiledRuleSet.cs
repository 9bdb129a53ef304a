using RulesEngine.Models;

namespace RiskEngine.Rules;

/// <summary>
/// The loaded register and its rules compiled once into one RulesEngine instance, shared by every run.
/// Each rule becomes its own engine workflow so that it can be run with its own indicator's facts.
/// </summary>
internal sealed class CompiledRuleSet : IRiskRegister
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, Risk> _risks;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, Category> _categories;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, IReadOnlyList<RuleDefinition>> _rulesByRisk;

    public CompiledRuleSet(Register.RiskRegisterData data, IReadOnlyList<RuleDefinition> rules, string version, ReSettings settings)
    {
        (Categories, Offices, Risks, GenericRisks, Indicators, Rules, Version) = (data.Categories, data.Offices, data.Risks, data.GenericRisks, data.Indicators, rules, version);
        _risks = Risks.ToDictionary(r => r.Code);
        _indicators = Indicators.ToDictionary(i => i.Code);
        _categories = Categories.ToDictionary(c => c.Code);
        _offices = Offices.ToDictionary(o => o.Code);
        _rulesByRisk = rules.GroupBy(r => r.Risk).ToDictionary(g => g.Key, g => (IReadOnlyList<RuleDefinition>)g.ToList());
        _engine = new RulesEngine.RulesEngine(rules.Select(ToWorkflow).ToArray(), settings);
    }

    public string Version { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Office> Offices { get; }
    public IReadOnlyList<Risk> Risks { get; }
    public IReadOnlyList<GenericRisk> GenericRisks { get; }
    public IReadOnlyList<Indicator> Indicators { get; }
    public IReadOnlyList<RuleDefinition> Rules { get; }

    public Risk? FindRisk(string code) => _risks.GetValueOrDefault(code);
    public Indicator? FindIndicator(string code) => _indicators.GetValueOrDefault(code);
    public Category? FindCategory(string code) => _categories.GetValueOrDefault(code);
    public Office? FindOffice(string code) => _offices.GetValueOrDefault(code);

    public IReadOnlyList<RuleDefinition> RulesOf(string risk) => _rulesByRisk.GetValueOrDefault(risk) ?? [];

    /// <summary>Runs one rule. A rule the engine reports as failed throws: a broken rule must never look like a quiet one.</summary>
    public async ValueTask<bool> FiresAsync(RuleDefinition rule, IndicatorFact ind, RiskContext ctx)
    {
        var results = await _engine.ExecuteAllRulesAsync(rule.Id,
            new RuleParameter(RuleInputs.Indicator, ind), new RuleParameter(RuleInputs.Context, ctx)).ConfigureAwait(false);
        var result = results.Single();
        if (!string.IsNullOrEmpty(result.ExceptionMessage))
        {
            throw new RuleExecutionException(rule.Id, rule.File, rule.Expression, result.ExceptionMessage);
        }

        return result.IsSuccess;
    }

    private static Workflow ToWorkflow(RuleDefinition rule) => new()
    {
        WorkflowName = rule.Id,
        Rules = [new Rule { RuleName = rule.Id, Expression = rule.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression }],
    };
}
