namespace RiskEngine;

/// <summary>A key indicator of the catalogue.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Name">Indicator name.</param>
/// <param name="Unit">Code of the unit, one declared in <c>units.json</c> (<see cref="Measure"/>).</param>
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
    /// <summary>The declared unit <see cref="Unit"/> names: its kind, symbol and range.</summary>
    public required MeasureUnit Measure { get; init; }

    /// <summary>True for a percentage (values in percent points, 0–100).</summary>
    public bool IsPercent => Measure.Kind == UnitKind.Percent;

    /// <summary>True when the unit allows no negative value (its declared <c>min</c> is 0 or more).</summary>
    public bool IsNonNegative => Measure.Min >= 0;
}
