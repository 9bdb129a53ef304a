namespace RiskEngine.Register;

// Shape of a JSON item in rules/ (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record PlanDto(TextDto? Title, int? FirstYear, int? LastYear, SourceDto? Source);
