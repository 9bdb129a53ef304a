namespace RiskEngine;

/// <summary>A key indicator of the catalogue.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Name">Indicator name.</param>
/// <param name="Unit">Unit: <c>%</c> (percent points 0–100), <c>count</c>, <c>ratio</c>, <c>som</c>, <c>years</c>, <c>days</c>.</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="BaselineYear">Year of the baseline.</param>
/// <param name="Baseline">Baseline value, when known.</param>
/// <param name="Targets">Target by year.</param>
/// <param name="Frequency">Expected reporting frequency.</param>
/// <param name="Owner">Office code that reports it.</param>
/// <param name="Line">Source line the indicator rests on.</param>
/// <param name="SourceTarget">False when the source does not quantify it and the office sets the target.</param>
/// <param name="Notes">Why the indicator is defined as it is (e.g. who sets a target the source does not give).</param>
public sealed record Indicator(
    string Code,
    LocalizedText Name,
    string Unit,
    IndicatorDirection Direction,
    int BaselineYear,
    double? Baseline,
    IReadOnlyDictionary<int, double> Targets,
    ReportingFrequency Frequency,
    string Owner,
    int? Line,
    bool SourceTarget,
    LocalizedText? Notes = null)
{
    /// <summary>The units the engine knows how to read; a percentage is exactly <c>%</c>.</summary>
    internal static readonly IReadOnlyList<string> Units = ["%", "count", "ratio", "som", "years", "days"];

    /// <summary>True for a percentage (values in percent points, 0–100).</summary>
    public bool IsPercent => Unit == "%";

    /// <summary>True when negative values make no sense (counts, percentages, money, durations).</summary>
    public bool IsNonNegative => Unit is "%" or "count" or "som" or "years" or "days" or "ratio";
}
