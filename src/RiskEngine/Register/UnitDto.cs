namespace RiskEngine.Register;

// Shape of a JSON item in rules/ (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record UnitDto(string? Code, string? Kind, LocalizedText? Name, LocalizedText? Symbol, int? Decimals, double? Min, double? Max);
