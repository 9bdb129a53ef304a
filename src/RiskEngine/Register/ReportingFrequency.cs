namespace RiskEngine;

/// <summary>How often an indicator is expected to be reported; drives staleness.</summary>
public enum ReportingFrequency
{
    /// <summary>Once a year.</summary>
    Annual,

    /// <summary>Twice a year.</summary>
    Semester,

    /// <summary>Four times a year.</summary>
    Quarterly,

    /// <summary>Every month.</summary>
    Monthly,
}
