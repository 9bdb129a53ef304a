namespace RiskEngine.Register;

// Shape of one rule in a rule file (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record RuleEntryDto(string? Id, string? Indicator, string? Condition, string? Sets, int? Value, bool? Eases, int? Source, LocalizedText? Text);
