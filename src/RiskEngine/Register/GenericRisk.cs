namespace RiskEngine;

/// <summary>One of the ten generic risk types of section 5, with its mitigation.</summary>
/// <param name="Number">Number in the source list (1–10).</param>
/// <param name="Name">Risk type.</param>
/// <param name="Mitigation">Mitigation named by the source.</param>
/// <param name="RelatedRisks">Register risk codes it overlaps.</param>
public sealed record GenericRisk(int Number, LocalizedText Name, LocalizedText Mitigation, IReadOnlyList<string> RelatedRisks);
