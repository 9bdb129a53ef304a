using System.Data.Common;
using Dapper;

namespace RiskEngine.Storage;

/// <summary>Reviews, decisions and minutes on either store; dates go in as <see cref="DateOnly"/>, which both providers write as their date.</summary>
internal sealed class ReviewStore(EngineDatabase db, TimeProvider clock) : IReviewStore
{
    // A Council review marked with `review mark` (no decisions) is a review too; id 0 says it has no record of its own.
    private const string AllReviews = """
        WITH all_reviews AS (
            SELECT r.id, r.body, r.reviewed_on, r.evaluation_id, (SELECT COUNT(*) FROM decisions d WHERE d.review_id = r.id) AS decisions, r.minutes_name
            FROM body_reviews r
            UNION ALL
            SELECT 0, 'council', m.reviewed_on, m.evaluation_id, 0, NULL FROM reviews m
            WHERE NOT EXISTS (SELECT 1 FROM body_reviews b WHERE b.body = 'council' AND b.reviewed_on = m.reviewed_on))
        """;

    private const string DecisionColumns = """
        SELECT r.body AS Body, r.reviewed_on AS ReviewedOn, r.id AS ReviewId, d.risk AS Risk, d.decision AS Decision, d.note AS Note,
               a.text AS ActionText, a.owner AS ActionOwner, a.due AS ActionDue, a.status AS ActionStatus, a.done_on AS ActionDoneOn
        FROM decisions d JOIN body_reviews r ON r.id = d.review_id LEFT JOIN actions a ON a.decision_id = d.id
        """;

    public async Task<long> RecordAsync(ReviewRecord review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(review);
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = await c.ExecuteScalarAsync<object?>("SELECT as_of FROM evaluations WHERE id = @EvaluationId", new { review.EvaluationId }, tx).ConfigureAwait(false)
            ?? throw ReviewRefusedException.Missing(review.EvaluationId);
        var asOf = StoreValues.ReadDay(stored);
        if (asOf > review.ReviewedOn)
            throw ReviewRefusedException.AfterReview(review.EvaluationId, asOf, review.ReviewedOn);

        var day = review.ReviewedOn;
        var old = await c.ExecuteScalarAsync<long?>("SELECT id FROM body_reviews WHERE body = @Body AND reviewed_on = @day", new { review.Body, day }, tx).ConfigureAwait(false);
        if (old is { } oldId) await DeleteAsync(c, tx, oldId).ConfigureAwait(false);

        var id = await c.ExecuteScalarAsync<long>("""
            INSERT INTO body_reviews (body, reviewed_on, evaluation_id, recorded_at, minutes_name, minutes)
            VALUES (@Body, @day, @EvaluationId, @at, @MinutesName, @Minutes) RETURNING id
            """, new { review.Body, day, review.EvaluationId, at = StoreValues.Instant(db.Provider, clock.GetUtcNow()), review.MinutesName, review.Minutes }, tx).ConfigureAwait(false);
        foreach (var d in review.Decisions)
        {
            var decisionId = await c.ExecuteScalarAsync<long>("INSERT INTO decisions (review_id, risk, decision, note) VALUES (@id, @Risk, @decision, @Note) RETURNING id",
                new { id, d.Risk, decision = Word(d.Decision), d.Note }, tx).ConfigureAwait(false);
            if (d.Action is not { } a) continue;
            await c.ExecuteAsync("INSERT INTO actions (risk, text, owner, due, status, done_on, decision_id) VALUES (@Risk, @Text, @Owner, @Due, @Status, @DoneOn, @decisionId)",
                new { a.Risk, a.Text, a.Owner, a.Due, a.Status, a.DoneOn, decisionId }, tx).ConfigureAwait(false);
        }

        if (review.Body == ReviewRecord.CouncilBody)
        {
            await c.ExecuteAsync("INSERT INTO reviews (reviewed_on, evaluation_id) VALUES (@day, @EvaluationId) ON CONFLICT (reviewed_on) DO UPDATE SET evaluation_id = excluded.evaluation_id",
                new { day, review.EvaluationId }, tx).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public async Task<IReadOnlyList<HeldReview>> ListAsync(string? body = null, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<ReviewRow>($"{AllReviews} SELECT id AS Id, body AS Body, reviewed_on AS ReviewedOn, evaluation_id AS EvaluationId, decisions AS Decisions, minutes_name AS MinutesName FROM all_reviews WHERE @body IS NULL OR body = @body ORDER BY reviewed_on, body",
            new { body }).ConfigureAwait(false);
        return rows.Select(r => r.ToReview()).ToList();
    }

    public async Task<HeldReview?> GetLastAsync(string body, DateOnly onOrBefore, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<ReviewRow>($"{AllReviews} SELECT id AS Id, body AS Body, reviewed_on AS ReviewedOn, evaluation_id AS EvaluationId, decisions AS Decisions, minutes_name AS MinutesName FROM all_reviews WHERE body = @body AND reviewed_on <= @d ORDER BY reviewed_on DESC LIMIT 1",
            new { body, d = onOrBefore }).ConfigureAwait(false);
        return row?.ToReview();
    }

    public async Task<IReadOnlyList<RecordedDecision>> GetDecisionsAsync(long reviewId, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<DecisionRow>($"{DecisionColumns} WHERE r.id = @reviewId ORDER BY d.id", new { reviewId }).ConfigureAwait(false);
        return rows.Select(r => r.ToDecision()).ToList();
    }

    public async Task<IReadOnlyDictionary<string, RecordedDecision>> GetLatestDecisionsAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await c.QueryAsync<DecisionRow>($"{DecisionColumns} WHERE r.reviewed_on <= @d ORDER BY r.reviewed_on, r.id, d.id", new { d = onOrBefore }).ConfigureAwait(false);
        var latest = new Dictionary<string, RecordedDecision>(StringComparer.Ordinal);
        foreach (var row in rows) latest[row.Risk] = row.ToDecision();
        return latest;
    }

    public async Task<(string Name, byte[] Content)?> GetMinutesAsync(long reviewId, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<(string? Name, byte[]? Content)>("SELECT minutes_name, minutes FROM body_reviews WHERE id = @reviewId", new { reviewId }).ConfigureAwait(false);
        return row is { Name: { } name, Content: { } content } ? (name, content) : null;
    }

    // Replacing a review drops its decisions and the actions they opened: the new record says what was decided.
    private static async Task DeleteAsync(DbConnection c, DbTransaction tx, long reviewId)
    {
        await c.ExecuteAsync("DELETE FROM actions WHERE decision_id IN (SELECT id FROM decisions WHERE review_id = @reviewId)", new { reviewId }, tx).ConfigureAwait(false);
        await c.ExecuteAsync("DELETE FROM decisions WHERE review_id = @reviewId", new { reviewId }, tx).ConfigureAwait(false);
        await c.ExecuteAsync("DELETE FROM body_reviews WHERE id = @reviewId", new { reviewId }, tx).ConfigureAwait(false);
    }

    internal static string Word(DecisionKind kind) => kind.ToString().ToLowerInvariant();

    // Classes with setters, not positional records: a NULL column has no type for Dapper to match a constructor with.
    private sealed class ReviewRow
    {
        public long Id { get; set; }
        public string Body { get; set; } = "";
        public object ReviewedOn { get; set; } = "";
        public long EvaluationId { get; set; }
        public long Decisions { get; set; }
        public string? MinutesName { get; set; }

        public HeldReview ToReview() => new(Id, Body, StoreValues.ReadDay(ReviewedOn), EvaluationId, (int)Decisions, MinutesName);
    }

    private sealed class DecisionRow
    {
        public string Body { get; set; } = "";
        public object ReviewedOn { get; set; } = "";
        public long ReviewId { get; set; }
        public string Risk { get; set; } = "";
        public string Decision { get; set; } = "";
        public string? Note { get; set; }
        public string? ActionText { get; set; }
        public string? ActionOwner { get; set; }
        public object? ActionDue { get; set; }
        public string? ActionStatus { get; set; }
        public object? ActionDoneOn { get; set; }

        public RecordedDecision ToDecision()
        {
            var action = ActionText is null ? null : new MitigationAction(Risk, ActionText, ActionOwner!, StoreValues.ReadOptionalDay(ActionDue), ActionStatus!, StoreValues.ReadOptionalDay(ActionDoneOn));
            return new RecordedDecision(Body, StoreValues.ReadDay(ReviewedOn), ReviewId, new RiskDecision(Risk, Enum.Parse<DecisionKind>(Decision, ignoreCase: true), Note, action));
        }
    }
}
