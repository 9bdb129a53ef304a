using Dapper;

namespace RiskEngine.Storage;

internal sealed class AssessmentHistory(EngineDatabase db) : IAssessmentHistory
{
    private const string Columns = "id AS Id, as_of AS AsOf, evaluated_at AS EvaluatedAt, rule_set_version AS RuleSetVersion, illustrative AS Illustrative";

    public async Task<long> StoreAsync(Evaluation evaluation, CancellationToken cancellationToken) =>
        (await StoreAsync(evaluation, null, cancellationToken).ConfigureAwait(false))!.Value;

    /// <summary>Stores an evaluation made for a scheduled <paramref name="firing"/> (null: run by hand); null when that firing has one stored already.</summary>
    public async Task<long?> StoreAsync(Evaluation evaluation, string? firing, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = await c.ExecuteScalarAsync<long?>(
            "INSERT INTO evaluations (as_of, evaluated_at, rule_set_version, illustrative, firing) VALUES (@asOf, @at, @version, @illustrative, @firing) ON CONFLICT (firing) DO NOTHING RETURNING id",
            new { asOf = evaluation.AsOf, at = db.Store.Instant(evaluation.EvaluatedAt), version = evaluation.RuleSetVersion, illustrative = evaluation.Illustrative, firing },
            tx).ConfigureAwait(false);
        if (stored is not { } id) return null;
        // On SQLite detail arrives as UTF-8 bytes and CAST stores them as text as they are (SQLite's text is UTF-8): no
        // 100 MB string is made and transcoded again on the way. PostgreSQL gets a string: the bytes sent as bytea and
        // converted with convert_from gained nothing measurable (store benchmark).
        var sqlite = db.Provider == StoreProvider.Sqlite;
        var detail = sqlite ? "CAST(@Detail AS TEXT)" : "@Detail";
        await c.ExecuteAsync($"""
            INSERT INTO assessments (evaluation_id, risk, likelihood, impact, score, level, above_appetite, stale, worst_scope, movement, detail)
            VALUES (@id, @Code, @Likelihood, @Impact, @Score, @Level, @AboveAppetite, @Stale, @WorstScope, @Movement, {detail})
            """,
            evaluation.Risks.Select(r => new { id, r.Code, r.Likelihood, r.Impact, r.Score, Level = r.Level.ToString().ToLowerInvariant(), r.AboveAppetite, r.Stale, r.WorstScope, Movement = r.Movement.ToString().ToLowerInvariant(), Detail = sqlite ? (object)AssessmentJson.Write(r) : AssessmentJson.WriteText(r) }),
            tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>The evaluation stored for a scheduled firing, if any.</summary>
    public Task<Evaluation?> GetByFiringAsync(string firing, CancellationToken cancellationToken) =>
        LoadAsync($"SELECT {Columns} FROM evaluations WHERE firing = @firing", new { firing }, cancellationToken);

    // (as_of, id) is the one order of the history: a back-dated evaluation stored later sits among its dates, not last.
    public Task<Evaluation?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        LoadAsync($"SELECT {Columns} FROM evaluations ORDER BY as_of DESC, id DESC LIMIT 1", null, cancellationToken);

    public Task<Evaluation?> GetLatestAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default) =>
        LoadAsync($"SELECT {Columns} FROM evaluations WHERE as_of <= @d ORDER BY as_of DESC, id DESC LIMIT 1", new { d = onOrBefore }, cancellationToken);

    public Task<Evaluation?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        LoadAsync($"SELECT {Columns} FROM evaluations WHERE id = @id", new { id }, cancellationToken);

    public Task<Evaluation?> GetPreviousAsync(long id, CancellationToken cancellationToken = default) =>
        LoadAsync($"""
            SELECT {Columns} FROM evaluations
            WHERE (as_of, id) < (SELECT as_of, id FROM evaluations WHERE id = @id)
            ORDER BY as_of DESC, id DESC LIMIT 1
            """, new { id }, cancellationToken);

    public Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> GetLastReviewAsync(CancellationToken cancellationToken = default) =>
        LoadReviewAsync(DateOnly.MaxValue, cancellationToken);

    public Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> GetLastReviewAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default) =>
        LoadReviewAsync(onOrBefore, cancellationToken);

    public async Task<long> MarkReviewAsync(DateOnly reviewedOn, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long?>("SELECT id FROM evaluations WHERE as_of <= @d ORDER BY as_of DESC, id DESC LIMIT 1", new { d = reviewedOn }).ConfigureAwait(false)
            ?? throw ReviewRefusedException.NoEvaluation(reviewedOn);
        await RecordReviewAsync(c, reviewedOn, id).ConfigureAwait(false);
        return id;
    }

    public async Task<long> MarkReviewAsync(DateOnly reviewedOn, long evaluationId, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var stored = await c.ExecuteScalarAsync<object?>("SELECT as_of FROM evaluations WHERE id = @evaluationId", new { evaluationId }).ConfigureAwait(false)
            ?? throw ReviewRefusedException.Missing(evaluationId);
        var asOf = StoreValues.ReadDay(stored);
        if (asOf > reviewedOn)
            throw ReviewRefusedException.AfterReview(evaluationId, asOf, reviewedOn);
        await RecordReviewAsync(c, reviewedOn, evaluationId).ConfigureAwait(false);
        return evaluationId;
    }

    private static Task RecordReviewAsync(System.Data.Common.DbConnection c, DateOnly reviewedOn, long id) =>
        c.ExecuteAsync("INSERT INTO reviews (reviewed_on, evaluation_id) VALUES (@d, @id) ON CONFLICT (reviewed_on) DO UPDATE SET evaluation_id = excluded.evaluation_id",
            new { d = reviewedOn, id });

    /// <summary>
    /// Each risk's score in the latest evaluation on or before <paramref name="onOrBefore"/>, and in the one marked as the
    /// last review on or before it: all that movement compares with. Read from the score column, so an evaluation does
    /// not read back every scope's reasons of the two it compares with.
    /// </summary>
    internal async Task<(IReadOnlyDictionary<string, int> Previous, IReadOnlyDictionary<string, int> AtReview)> GetReferenceScoresAsync(
        DateOnly onOrBefore, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var previous = await c.QueryAsync<(string Risk, long Score)>("""
            SELECT risk, CAST(score AS BIGINT) FROM assessments
            WHERE evaluation_id = (SELECT id FROM evaluations WHERE as_of <= @d ORDER BY as_of DESC, id DESC LIMIT 1)
            """, new { d = onOrBefore }).ConfigureAwait(false);
        var atReview = await c.QueryAsync<(string Risk, long Score)>("""
            SELECT risk, CAST(score AS BIGINT) FROM assessments
            WHERE evaluation_id = (SELECT evaluation_id FROM reviews WHERE reviewed_on <= @d ORDER BY reviewed_on DESC LIMIT 1)
            """, new { d = onOrBefore }).ConfigureAwait(false);
        return (previous.ToDictionary(r => r.Risk, r => (int)r.Score), atReview.ToDictionary(r => r.Risk, r => (int)r.Score));
    }

    private async Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> LoadReviewAsync(DateOnly onOrBefore, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<(object ReviewedOn, long EvaluationId)?>(
            "SELECT reviewed_on, evaluation_id FROM reviews WHERE reviewed_on <= @d ORDER BY reviewed_on DESC LIMIT 1", new { d = onOrBefore }).ConfigureAwait(false);
        if (row is not { } r) return null;
        var evaluation = await GetAsync(r.EvaluationId, cancellationToken).ConfigureAwait(false);
        return evaluation is null ? null : (StoreValues.ReadDay(r.ReviewedOn), evaluation);
    }

    private async Task<Evaluation?> LoadAsync(string sql, object? args, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var head = await c.QueryFirstOrDefaultAsync<EvaluationRow>(sql, args).ConfigureAwait(false);
        if (head is null) return null;
        var details = await c.QueryAsync<string>("SELECT detail FROM assessments WHERE evaluation_id = @Id ORDER BY rowid", new { head.Id }).ConfigureAwait(false);
        return new Evaluation(head.Id, StoreValues.ReadDay(head.AsOf), StoreValues.ReadInstant(head.EvaluatedAt),
            head.RuleSetVersion, head.Illustrative, details.Select(AssessmentJson.Read).ToList());
    }

    // object: SQLite returns the dates and instants as text, PostgreSQL as date/timestamptz values (StoreValues reads both).
    private sealed class EvaluationRow
    {
        public long Id { get; set; }

        public object AsOf { get; set; } = "";

        public object EvaluatedAt { get; set; } = "";

        public string RuleSetVersion { get; set; } = "";

        public bool Illustrative { get; set; }
    }
}
