namespace RiskWorker.Campaign;

/// <summary>
/// The three mailings of a review body's campaign. The value is the Council's default days before the meeting, which
/// its outbox keys carry (<c>t30</c>, <c>t14</c>, <c>t7</c>) whatever its windows; each body's windows are in
/// <see cref="Reviews.CampaignWindows"/>. Public only because the mail template's model carries it.
/// </summary>
public enum CampaignStep
{
    /// <summary>T-30: every owner is asked to update their indicators and action statuses.</summary>
    Request = 30,

    /// <summary>T-14: a reminder to those who still have stale or missing indicators or overdue actions.</summary>
    Reminder = 14,

    /// <summary>T-7: the review pack to the secretary and every owner.</summary>
    Pack = 7,
}
