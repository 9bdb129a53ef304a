namespace RiskWorker.Reviews;

/// <summary>How many days before a meeting each campaign step's window opens: requests, then reminders, then the pack.</summary>
internal sealed record CampaignWindows(int Request, int Reminder, int Pack)
{
    public static readonly CampaignWindows Yearly = new(30, 14, 7);
    public static readonly CampaignWindows Quarterly = new(21, 10, 5);
    public static readonly CampaignWindows Monthly = new(10, 5, 2);
}
