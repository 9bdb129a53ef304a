using RiskWorker.Notifications;

namespace RiskWorker.Campaign;

/// <summary>One step's mail for one day.</summary>
/// <param name="Recipients">Everyone the step is for, including those whose mail is already in the outbox.</param>
/// <param name="Mails">Mail for those not reached yet.</param>
internal sealed record CampaignBatch(int Recipients, IReadOnlyList<ComposedMail<CampaignModel>> Mails);
