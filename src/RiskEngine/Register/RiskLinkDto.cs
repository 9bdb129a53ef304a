namespace RiskEngine.Register;

// Shape of one entry of a risk's "drivenBy" list (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record RiskLinkDto(string? Risk, int? Cause, string? Raises, int? To, int? By, string? From);
