namespace RiskEngine.Register;

// Shape of a JSON item in rules/ (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record IndicatorDto(
    string? Code, LocalizedText? Name, string? Unit, string? Direction, BaselineDto? Baseline,
    Dictionary<string, double>? Targets, string? Frequency, string? Owner, int? Line, bool? SourceTarget, LocalizedText? Notes);
