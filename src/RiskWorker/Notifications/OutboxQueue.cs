using RiskWorker.Mail;

namespace RiskWorker.Notifications;

/// <summary>Hands composed mails to the outbox; the outbox's key check decides what is new.</summary>
internal static class OutboxQueue
{
    /// <summary>Enqueues every mail and returns how many were new (the rest were already queued under their key).</summary>
    public static async Task<int> EnqueueAllAsync<TModel>(this IOutbox outbox, IEnumerable<ComposedMail<TModel>> mails, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var mail in mails)
        {
            if (await outbox.EnqueueAsync(mail.Message, cancellationToken).ConfigureAwait(false)) queued++;
        }

        return queued;
    }
}
