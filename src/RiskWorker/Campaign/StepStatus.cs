namespace RiskWorker.Campaign;

/// <summary>One step of the campaign: its window and what the outbox holds for it.</summary>
internal sealed record StepStatus(CampaignStep Step, DateOnly Opens, DateOnly LastDay, int Queued, int Delivered, int Pending, int Failed);
