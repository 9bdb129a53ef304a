using RiskEngine.Register;

namespace RiskEngine.Rules;

/// <summary>Reads <c>workflows/*.json</c> into <see cref="RuleDefinition"/>s, checking each rule's metadata and expression.</summary>
internal sealed class WorkflowLoader(RegisterFiles files, RegisterLoader texts, ExpressionGuard guard)
{
    private readonly List<RuleSetError> _errors = files.Errors;

    public List<RuleDefinition> Load(RiskRegisterData register)
    {
        var rules = new List<RuleDefinition>();
        var risks = register.Risks.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var riskCodes = risks.Keys.ToHashSet();
        var indicatorCodes = register.Indicators.Select(i => i.Code).ToHashSet();
        foreach (var file in files.List("workflows"))
        {
            if (files.Read<WorkflowDto>(file) is not { } workflow) continue;
            var risk = workflow.WorkflowName;
            if (risk is null || !riskCodes.Contains(risk))
            {
                _errors.Add(new(file, null, $"WorkflowName '{risk}' is not a risk of the register"));
                continue;
            }

            foreach (var rule in workflow.Rules ?? []) if (ToRule(file, risks[risk], rule, indicatorCodes) is { } r) rules.Add(r);
        }

        foreach (var dup in rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _errors.Add(new(dup.Last().File, dup.Key, $"duplicate rule id (also in {dup.First().File})"));
        }

        return rules;
    }

    private RuleDefinition? ToRule(string file, Risk risk, RuleDto dto, HashSet<string> indicators)
    {
        var id = dto.RuleName;
        if (string.IsNullOrWhiteSpace(id)) { _errors.Add(new(file, null, "a rule has no RuleName")); return null; }
        var p = dto.Properties;
        var ok = true;
        void Fail(string reason, string? expression = null) { _errors.Add(new(file, id, reason, expression)); ok = false; }

        if (dto.Enabled == false) Fail("disabled rules are not allowed: delete the rule instead");
        if (dto.RuleExpressionType is not (null or "LambdaExpression")) Fail($"RuleExpressionType '{dto.RuleExpressionType}' is not supported");
        if (string.IsNullOrWhiteSpace(dto.Expression)) Fail("Expression is missing");
        else if (guard.Check(dto.Expression) is { } refusal) Fail(refusal, dto.Expression);
        if (p?.Indicator is { } ind && !indicators.Contains(ind)) Fail($"unknown indicator '{ind}'");
        var sets = p?.Sets switch { "likelihood" => RatingSide.Likelihood, "impact" => (RatingSide?)RatingSide.Impact, _ => null };
        if (sets is null) Fail($"Properties.sets must be 'likelihood' or 'impact', not '{p?.Sets}'");
        if (p?.Value is not (>= RiskScale.Min and <= RiskScale.Max)) Fail("Properties.value must be from 1 to 5");
        else if (sets is { } side && RuleAgainstDefault.Problem(risk, side, p.Value.Value, p.Eases == true) is { } problem) Fail(problem);
        if (p?.Source is not > 0) Fail("Properties.source (the source line the rule rests on) is missing");
        var text = texts.Text(file, id, "Properties.text", p?.Text);
        if (text is null) ok = false;

        return ok ? new RuleDefinition(id, risk.Code, p!.Indicator, sets!.Value, p.Value!.Value, p.Source!.Value, text!, dto.Expression!, file, p.Eases == true) : null;
    }
}
