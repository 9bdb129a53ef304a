namespace RiskEngine.Register;

// Shapes of the JSON files in rules/ (see rules/README.md). Nullable everywhere so that a missing
// field becomes a named validation error instead of a deserialization crash.

internal sealed record TextDto(string? Ky, string? Ru, string? En, int? Line);

internal sealed record CategoryDto(string? Code, int? Line, TextDto? Name, int? Appetite);

internal sealed record OfficeDto(string? Code, int? Line, TextDto? Name);

internal sealed record RatingDto(int? Likelihood, int? Impact);

internal sealed record RiskDto(
    string? Code, string? Category, int? Line, TextDto? Title,
    List<TextDto>? Causes, List<TextDto>? Impacts, List<TextDto>? Actions,
    List<string>? Owners, TextDto? Timeframe, RatingDto? DefaultRating);

internal sealed record GenericRiskDto(int? Number, int? Line, TextDto? Name, TextDto? Mitigation, List<string>? RelatedRisks);

internal sealed record BaselineDto(int? Year, double? Value);

internal sealed record IndicatorDto(
    string? Code, TextDto? Name, string? Unit, string? Direction, BaselineDto? Baseline,
    Dictionary<string, double>? Targets, string? Frequency, string? Owner, int? Line, bool? SourceTarget, TextDto? Notes);

internal sealed record RulePropertiesDto(string? Indicator, string? Sets, int? Value, int? Source, TextDto? Text);

internal sealed record RuleDto(string? RuleName, string? Expression, string? RuleExpressionType, RulePropertiesDto? Properties, bool? Enabled);

internal sealed record WorkflowDto(string? WorkflowName, List<RuleDto>? Rules);
