using RiskEngine;

namespace RiskWorker.Notifications.Alerts;

/// <summary>
/// Compares an evaluation with the one before it by date. A risk is alerted when its level rises, when it becomes
/// above appetite, or when it becomes critical. With no previous evaluation only "above appetite" and "critical"
/// can fire: a rise needs something to rise from.
/// </summary>
internal static class AlertDetector
{
    public static IReadOnlyList<RiskChange> Detect(Evaluation current, Evaluation? previous)
    {
        var before = previous?.Risks.ToDictionary(r => r.Code, StringComparer.Ordinal) ?? [];
        return current.Risks
            .Select(r => new RiskChange(before.GetValueOrDefault(r.Code), r, current.AsOf))
            .Where(c => c.LevelRose || c.BecameAboveAppetite || c.BecameCritical)
            .ToList();
    }
}
