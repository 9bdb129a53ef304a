namespace RiskEngine;

/// <summary>What a <see cref="MeasureUnit"/> measures; the import and the checks of values follow it.</summary>
public enum UnitKind
{
    /// <summary>Percent points 0–100: the only kind a sheet's percent cell or "0,45 is ambiguous" applies to.</summary>
    Percent,

    /// <summary>Whole things counted; "1,234" is refused as ambiguous (thousands or decimals).</summary>
    Count,

    /// <summary>Money or another quantity.</summary>
    Amount,

    /// <summary>One quantity over another (students per teacher).</summary>
    Ratio,

    /// <summary>A quantity per person or per period (publications per staff member); 0.125 is a rate, not a count.</summary>
    Rate,

    /// <summary>Time: years, days.</summary>
    Duration,
}
