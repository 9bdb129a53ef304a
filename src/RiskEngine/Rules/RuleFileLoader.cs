using RiskEngine.Register;

namespace RiskEngine.Rules;

/// <summary>Reads <c>rules/*.json</c> into <see cref="RuleDefinition"/>s, checking each rule's metadata and condition.</summary>
internal sealed class RuleFileLoader(RegisterFiles files, RegisterLoader texts)
{
    public const string Folder = "rules";

    private readonly List<RuleSetError> _errors = files.Errors;

    public List<RuleDefinition> Load(RiskRegisterData register)
    {
        var rules = new List<RuleDefinition>();
        var risks = register.Risks.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var indicatorCodes = register.Indicators.Select(i => i.Code).ToHashSet();
        foreach (var file in files.List(Folder))
        {
            if (files.Read<RuleFileDto>(file) is not { } dto) continue;
            if (dto.Risk is null || !risks.TryGetValue(dto.Risk, out var risk))
            {
                _errors.Add(new(file, null, EngineMessage.Of("error.rules.unknown-risk", ("risk", dto.Risk))));
                continue;
            }

            foreach (var entry in dto.Rules ?? [])
            {
                if (ToRule(file, risk, entry, indicatorCodes) is { } rule) rules.Add(rule with { Order = rules.Count });
            }
        }

        foreach (var dup in rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _errors.Add(new(dup.Last().File, dup.Key, EngineMessage.Of("error.rules.duplicate-id", ("file", dup.First().File))));
        }

        return rules;
    }

    private RuleDefinition? ToRule(string file, Risk risk, RuleEntryDto dto, HashSet<string> indicators)
    {
        var id = dto.Id;
        if (string.IsNullOrWhiteSpace(id)) { _errors.Add(new(file, null, EngineMessage.Of("error.rules.no-id"))); return null; }
        var ok = true;
        void Fail(EngineMessage reason, string? condition = null) { _errors.Add(new(file, id, reason, condition)); ok = false; }

        if (ReservedIds.Problem(id) is { } reserved) Fail(reserved);
        ParsedCondition? parsed = null;
        if (string.IsNullOrWhiteSpace(dto.Condition)) Fail(EngineMessage.Of("error.rules.condition-missing"));
        else
        {
            (parsed, var refusal) = ConditionParser.Parse(dto.Condition);
            if (refusal is not null) Fail(refusal, dto.Condition);
        }

        if (dto.Indicator is { } ind && !indicators.Contains(ind)) Fail(EngineMessage.Of("error.rules.unknown-indicator", ("code", ind)));
        if (dto.Indicator is null && parsed is { ReadsInd: true })
            Fail(EngineMessage.Of("error.rules.ind-without-indicator"), dto.Condition);
        var sets = dto.Sets switch { "likelihood" => RatingSide.Likelihood, "impact" => (RatingSide?)RatingSide.Impact, _ => null };
        if (sets is null) Fail(EngineMessage.Of("error.rules.sets", ("value", dto.Sets)));
        if (dto.Value is not (>= RiskScale.Min and <= RiskScale.Max)) Fail(EngineMessage.Of("error.rules.value"));
        else if (sets is { } side && RuleAgainstDefault.Problem(risk, side, dto.Value.Value, dto.Eases == true) is { } problem) Fail(problem);
        if (dto.Source is not > 0) Fail(EngineMessage.Of("error.rules.source-missing"));
        var text = texts.Text(file, id, "text", dto.Text);
        if (text is null) ok = false;

        return ok
            ? new RuleDefinition(id, risk.Code, dto.Indicator, sets!.Value, dto.Value!.Value, dto.Source!.Value, text!, dto.Condition!, file, dto.Eases == true) { Parsed = parsed! }
            : null;
    }
}
