namespace RiskEngine.Register;

/// <summary>The register half of the rules directory, before the rules are attached.</summary>
internal sealed record RiskRegisterData(
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<Risk> Risks,
    IReadOnlyList<GenericRisk> GenericRisks,
    IReadOnlyList<Indicator> Indicators)
{
    /// <summary>Who the register is; null only when <c>register.json</c> was refused (then loading fails).</summary>
    public RegisterIdentity? Identity { get; init; }

    /// <summary>The units of <c>units.json</c>.</summary>
    public IReadOnlyList<MeasureUnit> Units { get; init; } = [];
}
