namespace RiskEngine.Register;

// Shape of a rule file, rules/rules/<risk>.json (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record RuleFileDto(string? Risk, List<RuleEntryDto>? Rules);
