namespace RiskWorker.Campaign;

/// <summary>
/// The three mailings of the Council campaign; the value is how many days before the meeting its window opens.
/// Public only because the mail template's model carries it.
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
