using System.Security.Cryptography;
using Dapper;
using RiskEngine.Storage;
using RiskWorker.Storage;

namespace RiskWorker.Mail;

/// <summary>
/// The <c>outbox</c> table and its attachments, in SQLite or PostgreSQL. Every state change is its own short
/// transaction, so a crash keeps all that was recorded. On PostgreSQL senders claim rows (<see cref="ClaimNextAsync"/>);
/// on SQLite one sender at a time reads them all (<see cref="PendingAsync"/>, behind <see cref="OutboxLock"/>).
/// </summary>
internal sealed class OutboxStore(WorkerDatabase db)
{
    private const string PendingColumns = """
        id, key, kind, to_address AS ToAddress, to_name AS ToName, language, subject, html_body AS HtmlBody,
        text_body AS TextBody, message_id AS MessageId, created_at AS CreatedAt
        """;

    // Never-tried first, then the longest-waiting: a message that fails on every run goes to the back of the queue
    // instead of standing in front of newer mail each time.
    private const string QueueOrder = "ORDER BY last_attempt_at NULLS FIRST, id";

    public bool SharedByClaims => db.IsPostgres;

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
            """, new { m.Key, m.Kind, m.ToAddress, m.ToName, m.Language, m.Subject, m.HtmlBody, m.TextBody, messageId, at = db.Store.Instant(now) },
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

    /// <summary>Every pending row, in queue order (SQLite, one sender at a time).</summary>
    public async Task<IReadOnlyList<PendingMail>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await c.QueryAsync<PendingRow>(new CommandDefinition($"SELECT {PendingColumns} FROM outbox WHERE status = 'pending' {QueueOrder}",
            cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        return await WithAttachmentsAsync(c, rows, new Dictionary<string, byte[]>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the next pending row for <paramref name="claimer"/> until the server's clock passes now + <paramref name="lease"/>
    /// (PostgreSQL). <c>FOR UPDATE SKIP LOCKED</c>: two senders never claim one row; a row whose claim expired (its
    /// sender died) is claimable again. One row at a time, so a sender that dies holds back one message, not a batch.
    /// Rows in <paramref name="skip"/> (already tried in this run) are left for the next run.
    /// </summary>
    public async Task<PendingMail?> ClaimNextAsync(string claimer, TimeSpan lease, IReadOnlyCollection<long> skip, Dictionary<string, byte[]> files, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<PendingRow>(new CommandDefinition($"""
            UPDATE outbox SET claimed_by = @claimer, claimed_until = now() + @lease
            WHERE id = (SELECT id FROM outbox
                        WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < now()) AND NOT (id = ANY(@skip))
                        {QueueOrder} LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING {PendingColumns}
            """, new { claimer, lease, skip = skip.ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : (await WithAttachmentsAsync(c, [row], files, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Pending rows nobody holds a live claim on, apart from <paramref name="skip"/>: what a run leaves for the next when it stops early.</summary>
    public async Task<int> CountUnclaimedAsync(IReadOnlyCollection<long> skip, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM outbox WHERE status = 'pending' AND (claimed_until IS NULL OR claimed_until < now()) AND NOT (id = ANY(@skip))",
            new { skip = skip.ToArray() }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Records the server's acceptance; with a <paramref name="claimer"/>, only while it still holds the row. False when its claim was lost.</summary>
    public Task<bool> MarkDeliveredAsync(long id, int attempts, string receipt, DateTimeOffset now, string? claimer = null) =>
        UpdateAsync("status = 'delivered', delivered_at = @at, receipt = @text, last_error = NULL", id, attempts, receipt, now, claimer);

    public Task<bool> MarkFailedAsync(long id, int attempts, string error, DateTimeOffset now, string? claimer = null) =>
        UpdateAsync("status = 'failed', last_error = @text", id, attempts, error, now, claimer);

    public Task<bool> MarkDeferredAsync(long id, int attempts, string error, DateTimeOffset now, string? claimer = null) =>
        UpdateAsync("last_error = @text", id, attempts, error, now, claimer);

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(OutboxStatus? status, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<EntryRow>(new CommandDefinition("""
            SELECT key, kind, to_address AS ToAddress, subject, status, attempts, last_error AS LastError, message_id AS MessageId,
                   created_at AS CreatedAt, delivered_at AS DeliveredAt, receipt
            FROM outbox WHERE @all OR status = @status ORDER BY id
            """, new { all = status is null, status = status?.ToString().ToLowerInvariant() ?? "" }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => new OutboxEntry(r.Key, r.Kind, r.ToAddress, r.Subject, Enum.Parse<OutboxStatus>(r.Status, ignoreCase: true), (int)r.Attempts,
            r.LastError, r.MessageId, StoreValues.ReadInstant(r.CreatedAt), r.DeliveredAt is null ? null : StoreValues.ReadInstant(r.DeliveredAt), r.Receipt)).ToList();
    }

    // Not cancellable: once the server has accepted a message, recording that must not be abandoned. A claimed row is
    // released with its update (a deferred one is claimable again by the next run).
    private async Task<bool> UpdateAsync(string set, long id, int attempts, string text, DateTimeOffset now, string? claimer)
    {
        await using var c = await db.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        var claim = claimer is null ? "" : ", claimed_by = NULL, claimed_until = NULL";
        var guard = claimer is null ? "" : " AND claimed_by = @claimer";
        return await c.ExecuteAsync($"UPDATE outbox SET {set}, attempts = attempts + @attempts, last_attempt_at = @at{claim} WHERE id = @id{guard}",
            new { id, attempts, text, at = db.Store.Instant(now), claimer }).ConfigureAwait(false) == 1;
    }

    // Attachments are written in the same transaction as their row, so every row read has all of its own. Each distinct
    // file is read once per run, however many messages carry it (files: the run's cache).
    private static async Task<IReadOnlyList<PendingMail>> WithAttachmentsAsync(System.Data.Common.DbConnection c, List<PendingRow> rows, Dictionary<string, byte[]> files, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToArray();
        var attachments = new List<AttachmentRow>();
        foreach (var chunk in ids.Chunk(500))
        {
            attachments.AddRange(await c.QueryAsync<AttachmentRow>(new CommandDefinition($"""
                SELECT outbox_id AS OutboxId, file_name AS FileName, content_type AS ContentType, sha256 AS Sha256
                FROM outbox_attachments WHERE outbox_id IN ({string.Join(',', chunk)}) ORDER BY outbox_id, position
                """, cancellationToken: cancellationToken)).ConfigureAwait(false));
        }

        foreach (var chunk in attachments.Select(a => a.Sha256).Distinct(StringComparer.Ordinal).Where(s => !files.ContainsKey(s)).Chunk(100))
        {
            var names = chunk.Select((_, i) => "@f" + i).ToList();
            var args = new DynamicParameters();
            for (var i = 0; i < chunk.Length; i++) args.Add("f" + i, chunk[i]);
            foreach (var (sha, content) in await c.QueryAsync<(string, byte[])>(new CommandDefinition(
                $"SELECT sha256, content FROM outbox_files WHERE sha256 IN ({string.Join(',', names)})", args, cancellationToken: cancellationToken)).ConfigureAwait(false))
                files[sha] = content;
        }

        var byRow = attachments.ToLookup(a => a.OutboxId, a => new OutboxAttachment(a.FileName, a.ContentType, files[a.Sha256]));
        return rows.Select(r => new PendingMail(r.Id, new OutboxMessage(r.Key, r.Kind, r.ToAddress, r.ToName, r.Language, r.Subject, r.HtmlBody, r.TextBody) { Attachments = byRow[r.Id].ToList() },
            r.MessageId, StoreValues.ReadInstant(r.CreatedAt))).ToList();
    }

    // Settable properties, object for instants: SQLite returns them as text, PostgreSQL as timestamptz (StoreValues reads both).
    private sealed class PendingRow
    {
        public long Id { get; set; }
        public string Key { get; set; } = "";
        public string Kind { get; set; } = "";
        public string ToAddress { get; set; } = "";
        public string ToName { get; set; } = "";
        public string Language { get; set; } = "";
        public string Subject { get; set; } = "";
        public string HtmlBody { get; set; } = "";
        public string TextBody { get; set; } = "";
        public string MessageId { get; set; } = "";
        public object CreatedAt { get; set; } = "";
    }

    private sealed record AttachmentRow(long OutboxId, string FileName, string ContentType, string Sha256);

    private sealed class EntryRow
    {
        public string Key { get; set; } = "";
        public string Kind { get; set; } = "";
        public string ToAddress { get; set; } = "";
        public string Subject { get; set; } = "";
        public string Status { get; set; } = "";
        public long Attempts { get; set; }
        public string? LastError { get; set; }
        public string MessageId { get; set; } = "";
        public object CreatedAt { get; set; } = "";
        public object? DeliveredAt { get; set; }
        public string? Receipt { get; set; }
    }
}
