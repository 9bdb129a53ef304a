using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace RiskEngine.Storage;

internal sealed class SqliteAssessmentHistory(SqliteDatabase db) : IAssessmentHistory
{
    private const string Columns = "id AS Id, as_of AS AsOf, evaluated_at AS EvaluatedAt, rule_set_version AS RuleSetVersion, illustrative AS Illustrative";

    public async Task<long> StoreAsync(Evaluation evaluation, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO evaluations (as_of, evaluated_at, rule_set_version, illustrative) VALUES (@asOf, @at, @version, @illustrative) RETURNING id",
            new { asOf = Day(evaluation.AsOf), at = evaluation.EvaluatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), version = evaluation.RuleSetVersion, illustrative = evaluation.Illustrative },
            tx).ConfigureAwait(false);
        await c.ExecuteAsync("""
            INSERT INTO assessments (evaluation_id, risk, likelihood, impact, score, level, above_appetite, stale, worst_scope, movement, detail)
            VALUES (@id, @Code, @Likelihood, @Impact, @Score, @Level, @AboveAppetite, @Stale, @WorstScope, @Movement, @Detail)
            """,
            evaluation.Risks.Select(r => new { id, r.Code, r.Likelihood, r.Impact, r.Score, Level = r.Level.ToString().ToLowerInvariant(), r.AboveAppetite, r.Stale, r.WorstScope, Movement = r.Movement.ToString().ToLowerInvariant(), Detail = AssessmentJson.Write(r) }),
            tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    // (as_of, id) is the one order of the history: a back-dated evaluation stored later sits among its dates, not last.
    public Task<Evaluation?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        LoadAsync($"SELECT {Columns} FROM evaluations ORDER BY as_of DESC, id DESC LIMIT 1", null, cancellationToken);

    public Task<Evaluation?> GetLatestAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default) =>
        LoadAsync($"SELECT {Columns} FROM evaluations WHERE as_of <= @d ORDER BY as_of DESC, id DESC LIMIT 1", new { d = Day(onOrBefore) }, cancellationToken);

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
        var id = await c.ExecuteScalarAsync<long?>("SELECT id FROM evaluations WHERE as_of <= @d ORDER BY as_of DESC, id DESC LIMIT 1", new { d = Day(reviewedOn) }).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No evaluation exists on or before {Day(reviewedOn)}: run an evaluation first.");
        await RecordReviewAsync(c, reviewedOn, id).ConfigureAwait(false);
        return id;
    }

    public async Task<long> MarkReviewAsync(DateOnly reviewedOn, long evaluationId, CancellationToken cancellationToken = default)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var asOf = await c.ExecuteScalarAsync<string?>("SELECT as_of FROM evaluations WHERE id = @evaluationId", new { evaluationId }).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Evaluation #{evaluationId} does not exist.");
        if (ParseDay(asOf) > reviewedOn)
            throw new InvalidOperationException($"Evaluation #{evaluationId} holds data as of {asOf}, after the review of {Day(reviewedOn)}.");
        await RecordReviewAsync(c, reviewedOn, evaluationId).ConfigureAwait(false);
        return evaluationId;
    }

    private static Task RecordReviewAsync(System.Data.Common.DbConnection c, DateOnly reviewedOn, long id) =>
        c.ExecuteAsync("INSERT INTO reviews (reviewed_on, evaluation_id) VALUES (@d, @id) ON CONFLICT (reviewed_on) DO UPDATE SET evaluation_id = excluded.evaluation_id",
            new { d = Day(reviewedOn), id });

    private async Task<(DateOnly ReviewedOn, Evaluation Evaluation)?> LoadReviewAsync(DateOnly onOrBefore, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<(string ReviewedOn, long EvaluationId)?>(
            "SELECT reviewed_on, evaluation_id FROM reviews WHERE reviewed_on <= @d ORDER BY reviewed_on DESC LIMIT 1", new { d = Day(onOrBefore) }).ConfigureAwait(false);
        if (row is not { } r) return null;
        var evaluation = await GetAsync(r.EvaluationId, cancellationToken).ConfigureAwait(false);
        return evaluation is null ? null : (ParseDay(r.ReviewedOn), evaluation);
    }

    private async Task<Evaluation?> LoadAsync(string sql, object? args, CancellationToken cancellationToken)
    {
        await using var c = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var head = await c.QueryFirstOrDefaultAsync<EvaluationRow>(sql, args).ConfigureAwait(false);
        if (head is null) return null;
        var details = await c.QueryAsync<string>("SELECT detail FROM assessments WHERE evaluation_id = @Id ORDER BY rowid", new { head.Id }).ConfigureAwait(false);
        return new Evaluation(head.Id, ParseDay(head.AsOf), DateTimeOffset.Parse(head.EvaluatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            head.RuleSetVersion, head.Illustrative != 0, details.Select(AssessmentJson.Read).ToList());
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record EvaluationRow(long Id, string AsOf, string EvaluatedAt, string RuleSetVersion, long Illustrative);
}
