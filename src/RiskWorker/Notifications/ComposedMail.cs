using RiskWorker.Mail;

namespace RiskWorker.Notifications;

/// <summary>A mail ready for the outbox, with the model it was rendered from (what the log and the tests read).</summary>
internal sealed record ComposedMail<TModel>(TModel Model, OutboxMessage Message);
