using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>The appendix: what is stale or missing, and how much the data can be trusted.</summary>
/// <param name="Stale">Indicators whose university value is stale or missing, with the risks whose rules read them.</param>
/// <param name="ValuesStored">Observations stored.</param>
/// <param name="UnitsReporting">Faculties and institutes that reported at least one value.</param>
/// <param name="IndicatorsWithData">Indicators with a university value.</param>
/// <param name="OfficeTargets">Indicators whose targets the strategic-planning office set (no number in the source).</param>
/// <param name="Notes">Distinct notes attached to values, most frequent first, with how many values carry them.</param>
public sealed record PackAppendix(
    IReadOnlyList<(Indicator Indicator, IndicatorFact Fact, IReadOnlyList<string> Risks)> Stale,
    int ValuesStored,
    int UnitsReporting,
    int IndicatorsWithData,
    IReadOnlyList<Indicator> OfficeTargets,
    IReadOnlyList<(string Note, int Count)> Notes);
