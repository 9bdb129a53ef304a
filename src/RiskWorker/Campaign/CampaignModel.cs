namespace RiskWorker.Campaign;

/// <summary>Everything one campaign mail says. Public only because Razor components and their parameters are.</summary>
/// <param name="Step">Which mailing.</param>
/// <param name="Meeting">Day of the Council meeting.</param>
/// <param name="PackDay">T-7, the day the pack is made: the deadline the requests and reminders name.</param>
/// <param name="Illustrative">The data is the illustrative demo set.</param>
/// <param name="Tasks">The recipient and what they are asked to update.</param>
/// <param name="Secretary">The recipient is the Council secretary.</param>
/// <param name="Pack">The attached pack (T-7 only).</param>
public sealed record CampaignModel(CampaignStep Step, DateOnly Meeting, DateOnly PackDay, bool Illustrative, OwnerTasks Tasks, bool Secretary, CampaignPack? Pack);
