namespace RiskEngine.Register;

// Shape of rules/register.json (see rules/README.md); nullable so that a missing field becomes a named error.
internal sealed record RegisterDto(
    string? Id, InstitutionDto? Institution, PlanDto? Plan, List<string>? Languages, string? DefaultLanguage, string? TimeZone, string? FallbackOffice);
