namespace RiskEngine.Register;

// Shape of a JSON item in rules/ (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record RiskDto(
    string? Code, string? Category, int? Line, TextDto? Title,
    List<TextDto>? Causes, List<TextDto>? Impacts, List<TextDto>? Actions,
    List<string>? Owners, TextDto? Timeframe, RatingDto? DefaultRating, List<RiskLinkDto>? DrivenBy);
