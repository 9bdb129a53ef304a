namespace RiskEngine.Tests.Support;

/// <summary>Builds observations that put a risk's indicators clearly on or clearly off their targets.</summary>
internal static class Observations
{
    public static IReadOnlyList<Observation> ForRisk(IRiskRegister register, string risk, bool good, string scope = Scopes.University, params int[] years)
    {
        var codes = register.Rules.Where(r => r.Risk == risk && r.Indicator is not null).Select(r => r.Indicator!).Distinct();
        return codes.SelectMany(code => Series(register.FindIndicator(code)!, good, scope, years.Length == 0 ? [2024, 2025, 2026] : years)).ToList();
    }

    public static IEnumerable<Observation> Series(Indicator indicator, bool good, string scope, int[] years) =>
        indicator.Frequency == ReportingFrequency.Annual
            ? years.Select(y => new Observation(indicator.Code, y.ToString(System.Globalization.CultureInfo.InvariantCulture), Value(indicator, good), scope))
            : years.SelectMany(y => new[] { 3, 6, 9 }.Select(m => new Observation(indicator.Code, new DateOnly(y, m, 28).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Value(indicator, good), scope)));

    public static double Value(Indicator indicator, bool good)
    {
        var best = indicator.Targets.Values.Max();
        var least = indicator.Targets.Values.Min();
        var higher = indicator.Direction == IndicatorDirection.Higher;
        var value = (good, higher) switch
        {
            (true, true) => best * 1.2 + 1,
            (true, false) => least * 0.5,
            (false, true) => best * 0.2,
            (false, false) => least * 3 + 10,
        };
        return indicator.IsPercent ? Math.Clamp(value, 0, 100) : value;
    }
}
