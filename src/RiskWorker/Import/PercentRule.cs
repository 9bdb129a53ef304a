using System.Globalization;
using RiskEngine;

namespace RiskWorker.Import;

/// <summary>
/// Percentages are percent points: 45 % is written <c>45</c>, <c>45,5</c> or <c>45%</c>, and a sheet cell formatted as a
/// percentage (holding 0.45) reads as 45. A plain number strictly between 0 and 1 for a percentage indicator is refused as
/// ambiguous — it could be a fraction (0,45 = 45 %) or really under one percent point — unless the indicator's own
/// targets or baseline go below 1 (then such values are expected and taken as percent points). Writing it with the sign
/// (<c>0,45%</c>) always means percent points.
/// </summary>
internal static class PercentRule
{
    public static bool IsAmbiguous(Indicator indicator, double value) =>
        value is > 0 and < 1 && indicator.Targets.Values.Append(indicator.Baseline ?? double.MaxValue).Where(v => v > 0).DefaultIfEmpty(double.MaxValue).Min() >= 1;

    public static string Explain(Indicator indicator, string written, Words words)
    {
        var asPoints = double.TryParse(written.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) : "45";
        return words.Format("error.import.ambiguous-percent", ("written", written), ("indicator", indicator.Code), ("points", asPoints));
    }
}
