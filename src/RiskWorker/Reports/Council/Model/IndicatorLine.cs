using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>One indicator of a risk page with the university's facts on the evaluation date.</summary>
/// <param name="Number">Column number in the per-faculty table.</param>
/// <param name="Indicator">The catalogue entry.</param>
/// <param name="Fact">The university's fact.</param>
public sealed record IndicatorLine(int Number, Indicator Indicator, IndicatorFact Fact);
