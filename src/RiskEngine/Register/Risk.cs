namespace RiskEngine;

/// <summary>One risk of the register, transcribed from the source with its lines.</summary>
/// <param name="Code">Register code, e.g. "1.1".</param>
/// <param name="Category">Category code.</param>
/// <param name="Line">Source line of the risk.</param>
/// <param name="Title">Risk title.</param>
/// <param name="Causes">Causes, in source order.</param>
/// <param name="Impacts">Impacts, in source order.</param>
/// <param name="Actions">Management actions, in source order.</param>
/// <param name="Owners">Responsible office codes; empty when the source names none.</param>
/// <param name="Timeframe">Deadline; null when the source states none.</param>
/// <param name="DefaultLikelihood">Likelihood used when no likelihood rule fires.</param>
/// <param name="DefaultImpact">Impact used when no impact rule fires.</param>
public sealed record Risk(
    string Code,
    string Category,
    int Line,
    LocalizedText Title,
    IReadOnlyList<LocalizedText> Causes,
    IReadOnlyList<LocalizedText> Impacts,
    IReadOnlyList<LocalizedText> Actions,
    IReadOnlyList<string> Owners,
    LocalizedText? Timeframe,
    int DefaultLikelihood,
    int DefaultImpact)
{
    /// <summary>The register risks that drive this one, each tied to the cause that names it; empty when none.</summary>
    public IReadOnlyList<RiskLink> DrivenBy { get; init; } = [];
}
