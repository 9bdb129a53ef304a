using System.Globalization;
using RiskEngine;

namespace RiskWorker.Notifications.Alerts;

/// <summary>A change in one risk between two evaluations that its owners must hear about.</summary>
/// <param name="Before">The risk in the previous evaluation; null when it was not rated there.</param>
/// <param name="After">The risk now.</param>
/// <param name="AsOf">Date of the evaluation that shows the change.</param>
public sealed record RiskChange(RiskAssessment? Before, RiskAssessment After, DateOnly AsOf)
{
    public bool LevelRose => Before is not null && After.Level > Before.Level;

    public bool BecameAboveAppetite => After.AboveAppetite && Before?.AboveAppetite != true;

    public bool BecameCritical => After.Level == RiskLevel.Critical && Before?.Level != RiskLevel.Critical;

    /// <summary>
    /// Identifies the rise independently of evaluation ids: the date rated, the level it rose from and whether it is
    /// above appetite. Re-running the evaluation or the dispatch for the same day gives the same key, so the outbox
    /// refuses a second copy; a new rise on a later day (after a fall) is a new event and is alerted.
    /// </summary>
    public string Fingerprint => string.Create(CultureInfo.InvariantCulture,
        $"{AsOf:yyyy-MM-dd}.from-{Before?.Level.ToString().ToLowerInvariant() ?? "none"}.{(After.AboveAppetite ? "over" : "within")}");
}
