namespace RiskEngine.Register;

// Shape of a JSON item in rules/ (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record RiskDto(
    string? Code, string? Category, int? Line, LocalizedText? Title,
    List<LocalizedText>? Causes, List<LocalizedText>? Impacts, List<LocalizedText>? Actions,
    List<string>? Owners, LocalizedText? Timeframe, RatingDto? DefaultRating, List<RiskLinkDto>? DrivenBy);
