namespace RiskWorker.Notifications.Alerts;

/// <summary>An evaluation whose alerts were queued, by its place in the history's order.</summary>
internal sealed record DispatchedEvaluation(long EvaluationId, DateOnly AsOf)
{
    /// <summary>Whether <paramref name="asOf"/>/<paramref name="id"/> comes after this one in (as-of date, id) order.</summary>
    public bool IsBefore(DateOnly asOf, long id) => asOf > AsOf || (asOf == AsOf && id > EvaluationId);
}
