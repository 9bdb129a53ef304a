using RiskEngine;

namespace RiskWorker.Campaign;

/// <summary>Everything one campaign mail says. Public only because Razor components and their parameters are.</summary>
/// <param name="Step">Which mailing.</param>
/// <param name="Meeting">Day of the body's meeting.</param>
/// <param name="PackDay">The day the pack is made: the deadline the requests and reminders name.</param>
/// <param name="Illustrative">The data is the illustrative demo set.</param>
/// <param name="Tasks">The recipient and what they are asked to update.</param>
/// <param name="Secretary">The recipient is the body's secretary.</param>
/// <param name="Pack">The attached pack (pack step only).</param>
/// <param name="Words">The fixed words in the recipient's language.</param>
/// <param name="Body">The review body's name in that language; null for the Academic Council, which has its own sentences.</param>
public sealed record CampaignModel(CampaignStep Step, DateOnly Meeting, DateOnly PackDay, bool Illustrative, OwnerTasks Tasks, bool Secretary, CampaignPack? Pack, Words Words, string? Body);
