namespace RiskEngine;

/// <summary>
/// What the rules know about one indicator in one scope on the evaluation date (<c>ind</c> in expressions).
/// Derived before the rules run; rules never see raw observations.
/// </summary>
public sealed record IndicatorFact
{
    /// <summary>Indicator code.</summary>
    public string Code { get; init; } = "";

    /// <summary>Scope code (the university or a faculty/institute).</summary>
    public string Scope { get; init; } = "";

    /// <summary>Unit of the indicator.</summary>
    public string Unit { get; init; } = "";

    /// <summary>At least one value was reported up to the evaluation date.</summary>
    public bool HasValue { get; init; }

    /// <summary>No value was ever reported.</summary>
    public bool Missing => !HasValue;

    /// <summary>No value arrived within the reporting frequency plus the grace period.</summary>
    public bool Stale { get; init; }

    /// <summary>Latest value (0 when missing).</summary>
    public double Value { get; init; }

    /// <summary>Period of the latest value, as reported ("2025" or "2025-06-30").</summary>
    public string Period { get; init; } = "";

    /// <summary>The catalogue has a target for this indicator.</summary>
    public bool HasTarget { get; init; }

    /// <summary>Target in force on the evaluation date (interpolated from the baseline to the target years).</summary>
    public double Target { get; init; }

    /// <summary>Last target of the catalogue.</summary>
    public double FinalTarget { get; init; }

    /// <summary>Year of the last target.</summary>
    public int TargetYear { get; init; }

    /// <summary>The catalogue states a baseline value.</summary>
    public bool HasBaseline { get; init; }

    /// <summary>Baseline value (0 when unknown).</summary>
    public double Baseline { get; init; }

    /// <summary>Value − Target.</summary>
    public double Gap { get; init; }

    /// <summary>How far the value is behind the target in the good direction (0 when on or beyond target).</summary>
    public double Shortfall { get; init; }

    /// <summary>Shortfall ÷ |Target| (÷ 1 when the target is 0).</summary>
    public double ShortfallRatio { get; init; }

    /// <summary>Least-squares trend projected to <see cref="TargetYear"/> (the latest value with fewer than two points).</summary>
    public double Projected { get; init; }

    /// <summary>Trend per year in the good direction: positive means improving.</summary>
    public double Slope { get; init; }

    /// <summary>Number of values the trend rests on.</summary>
    public int Points { get; init; }

    /// <summary>On or beyond the target in force, and projected to reach the final target.</summary>
    public bool OnTrack { get; init; }

    /// <summary>Neither on track nor off track.</summary>
    public bool AtRisk { get; init; }

    /// <summary>Behind the target in force, or projected to miss the final target, by more than the tolerance.</summary>
    public bool OffTrack { get; init; }

    /// <summary><c>on-track</c>, <c>at-risk</c>, <c>off-track</c> or <c>no-data</c>.</summary>
    public string Status { get; init; } = "no-data";

    /// <summary>A fact for an indicator with no data in <paramref name="scope"/>.</summary>
    public static IndicatorFact None(string code, string scope) => new() { Code = code, Scope = scope };
}
