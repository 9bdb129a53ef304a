using System.Globalization;
using System.Security.Cryptography;
using Dapper;
using RiskWorker.Storage;

namespace RiskWorker.Mail;

/// <summary>The <c>outbox</c> table and its attachments. Every state change is its own short transaction, so a crash keeps all that was recorded.</summary>
internal sealed class OutboxStore(WorkerDatabase db)
{
    /// <summary>Stores the message and its attachments in one transaction, unless the key is already there (then nothing changes).</summary>
    public async Task<bool> InsertAsync(OutboxMessage m, string messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO outbox (key, kind, to_address, to_name, language, subject, html_body, text_body, message_id, created_at)
            VALUES (@Key, @Kind, @ToAddress, @ToName, @Language, @Subject, @HtmlBody, @TextBody, @messageId, @at)
            ON CONFLICT (key) DO NOTHING
            RETURNING id
            """, new { m.Key, m.Kind, m.ToAddress, m.ToName, m.Language, m.Subject, m.HtmlBody, m.TextBody, messageId, at = Text(now) },
            tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (id is null) return false;
        if (m.Attachments.Count > 0)
        {
            var files = m.Attachments.Select((a, position) => new { id, position, a.FileName, a.ContentType, a.Content, Sha256 = Convert.ToHexStringLower(SHA256.HashData(a.Content)) }).ToList();
            await c.ExecuteAsync(new CommandDefinition("INSERT INTO outbox_files (sha256, content) VALUES (@Sha256, @Content) ON CONFLICT (sha256) DO NOTHING",
                files, tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO outbox_attachments (outbox_id, position, file_name, content_type, sha256)
                VALUES (@id, @position, @FileName, @ContentType, @Sha256)
                """, files, tx, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Pending rows, never-tried first, then the longest-waiting: a message that fails on every run goes to the back
    /// of the queue instead of standing in front of newer mail each time.
    /// </summary>
    public async Task<IReadOnlyList<PendingMail>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<PendingRow>(new CommandDefinition("""
            SELECT id, key, kind, to_address AS ToAddress, to_name AS ToName, language, subject, html_body AS HtmlBody,
                   text_body AS TextBody, message_id AS MessageId, created_at AS CreatedAt
            FROM outbox WHERE status = 'pending' ORDER BY last_attempt_at NULLS FIRST, id
            """, cancellationToken: cancellationToken)).ConfigureAwait(false);
        // Attachments are written in the same transaction as their row, so every row read above has all of its own here.
        var files = (await c.QueryAsync<AttachmentRow>(new CommandDefinition("""
            SELECT a.outbox_id AS OutboxId, a.file_name AS FileName, a.content_type AS ContentType, a.sha256 AS Sha256
            FROM outbox_attachments a JOIN outbox o ON o.id = a.outbox_id
            WHERE o.status = 'pending' ORDER BY a.outbox_id, a.position
            """, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        // Each distinct file is read once, however many pending messages carry it.
        var contents = (await c.QueryAsync<(string Sha256, byte[] Content)>(new CommandDefinition("""
            SELECT f.sha256, f.content FROM outbox_files f
            WHERE f.sha256 IN (SELECT a.sha256 FROM outbox_attachments a JOIN outbox o ON o.id = a.outbox_id WHERE o.status = 'pending')
            """, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToDictionary(f => f.Sha256, f => f.Content, StringComparer.Ordinal);

        var attachments = files.ToLookup(a => a.OutboxId, a => new OutboxAttachment(a.FileName, a.ContentType, contents[a.Sha256]));
        return rows.Select(r => new PendingMail(r.Id, new OutboxMessage(r.Key, r.Kind, r.ToAddress, r.ToName, r.Language, r.Subject, r.HtmlBody, r.TextBody) { Attachments = attachments[r.Id].ToList() },
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

    private sealed record AttachmentRow(long OutboxId, string FileName, string ContentType, string Sha256);

    private sealed record EntryRow(string Key, string Kind, string ToAddress, string Subject, string Status, long Attempts, string? LastError, string MessageId,
        string CreatedAt, string? DeliveredAt, string? Receipt);
}
