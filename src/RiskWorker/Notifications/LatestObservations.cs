using RiskEngine;

namespace RiskWorker.Notifications;

/// <summary>Per indicator, the most recently reported value in any scope (the university's when a faculty reported the same period): what a mail shows as "last value".</summary>
internal static class LatestObservations
{
    public static Dictionary<string, Observation> Of(IReadOnlyList<Observation> all) =>
        all.GroupBy(o => o.Indicator, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Period, StringComparer.Ordinal).ThenBy(o => o.Scope == Scopes.University).Last(), StringComparer.Ordinal);
}
