namespace RiskEngine.Register;

/// <summary>The register half of the rules directory, before the rules are attached.</summary>
internal sealed record RiskRegisterData(
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<GenericRisk> GenericRisks,
    IReadOnlyList<Indicator> Indicators);
