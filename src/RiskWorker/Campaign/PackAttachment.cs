using RiskWorker.Mail;

namespace RiskWorker.Campaign;

/// <summary>One language's review pack: what the mail says about it and the file stored with the message.</summary>
internal sealed record PackAttachment(CampaignPack Info, OutboxAttachment File);
