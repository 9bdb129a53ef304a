using System.Globalization;
using RiskEngine;

namespace RiskWorker.Output;

/// <summary>The JSON shape of <c>indicators list --json</c>.</summary>
internal sealed record IndicatorJson(string Code, string Name, string Unit, string Direction, IReadOnlyDictionary<string, double> Targets, string Frequency, string Owner)
{
    public static IndicatorJson From(Indicator i, string language) => new(
        i.Code, i.Name.Get(language), i.Unit, i.Direction.ToString().ToLowerInvariant(),
        i.Targets.OrderBy(t => t.Key).ToDictionary(t => t.Key.ToString(CultureInfo.InvariantCulture), t => t.Value),
        i.Frequency.ToString().ToLowerInvariant(), i.Owner);
}
