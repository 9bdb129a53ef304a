using System.Globalization;
using Dapper;
using RiskWorker.Storage;

namespace RiskWorker.Mail;

/// <summary>The <c>outbox</c> table. Every state change is its own short transaction, so a crash keeps all that was recorded.</summary>
internal sealed class OutboxStore(WorkerDatabase db)
{
    public async Task<bool> InsertAsync(OutboxMessage m, string messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO outbox (key, kind, to_address, to_name, language, subject, html_body, text_body, message_id, created_at)
            VALUES (@Key, @Kind, @ToAddress, @ToName, @Language, @Subject, @HtmlBody, @TextBody, @messageId, @at)
            ON CONFLICT (key) DO NOTHING
            """, new { m.Key, m.Kind, m.ToAddress, m.ToName, m.Language, m.Subject, m.HtmlBody, m.TextBody, messageId, at = Text(now) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<IReadOnlyList<PendingMail>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<PendingRow>(new CommandDefinition("""
            SELECT id, key, kind, to_address AS ToAddress, to_name AS ToName, language, subject, html_body AS HtmlBody,
                   text_body AS TextBody, message_id AS MessageId, created_at AS CreatedAt
            FROM outbox WHERE status = 'pending' ORDER BY id
            """, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new PendingMail(r.Id, new OutboxMessage(r.Key, r.Kind, r.ToAddress, r.ToName, r.Language, r.Subject, r.HtmlBody, r.TextBody),
            r.MessageId, Parse(r.CreatedAt))).ToList();
    }

    public Task MarkDeliveredAsync(long id, int attempts, string receipt, DateTimeOffset now) =>
        UpdateAsync("status = 'delivered', delivered_at = @at, receipt = @text, last_error = NULL", id, attempts, receipt, now);

    public Task MarkFailedAsync(long id, int attempts, string error, DateTimeOffset now) =>
        UpdateAsync("status = 'failed', last_error = @text", id, attempts, error, now);

    public Task MarkDeferredAsync(long id, int attempts, string error, DateTimeOffset now) =>
        UpdateAsync("last_error = @text", id, attempts, error, now);

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<EntryRow>(new CommandDefinition("""
            SELECT key, kind, to_address AS ToAddress, subject, status, attempts, last_error AS LastError, message_id AS MessageId,
                   created_at AS CreatedAt, delivered_at AS DeliveredAt, receipt
            FROM outbox WHERE @status IS NULL OR status = @status ORDER BY id
            """, new { status = status?.ToString().ToLowerInvariant() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new OutboxEntry(r.Key, r.Kind, r.ToAddress, r.Subject, Enum.Parse<OutboxStatus>(r.Status, ignoreCase: true), (int)r.Attempts,
            r.LastError, r.MessageId, Parse(r.CreatedAt), r.DeliveredAt is null ? null : Parse(r.DeliveredAt), r.Receipt)).ToList();
    }

    // Not cancellable: once the server has accepted a message, recording that must not be abandoned.
    private async Task UpdateAsync(string set, long id, int attempts, string text, DateTimeOffset now)
    {
        await using var c = await db.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await c.ExecuteAsync($"UPDATE outbox SET {set}, attempts = attempts + @attempts, last_attempt_at = @at WHERE id = @id",
            new { id, attempts, text, at = Text(now) }).ConfigureAwait(false);
    }

    private static string Text(DateTimeOffset t) => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string t) => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record PendingRow(long Id, string Key, string Kind, string ToAddress, string ToName, string Language, string Subject, string HtmlBody,
        string TextBody, string MessageId, string CreatedAt);

    private sealed record EntryRow(string Key, string Kind, string ToAddress, string Subject, string Status, long Attempts, string? LastError, string MessageId,
        string CreatedAt, string? DeliveredAt, string? Receipt);
}
