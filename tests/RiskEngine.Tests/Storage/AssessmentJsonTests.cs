using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using RiskEngine.Benchmarks;
using RiskEngine.Facts;
using RiskEngine.Rating;
using RiskEngine.Storage;
using RiskEngine.Tests.Support;

namespace RiskEngine.Tests.Storage;

/// <summary>
/// The <c>detail</c> column gives back the very assessment that was rated — every scope, every reason, every text in
/// every language — whether it was stored now or, with its non-ASCII text escaped, by an earlier version.
/// </summary>
public sealed class AssessmentJsonTests
{
    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task EvaluateAsync_Stored_ReadsBackEveryScopeReasonAndText(TestStore store)
    {
        using var engine = new Engine(store);
        var data = new SyntheticData(engine.Rules, 12);
        await engine.Services.GetRequiredService<IScopeStore>().UpsertAsync([.. data.ScopeNames.Select(s => new ScopeInfo(s.Key, s.Value))]);
        await engine.Observations.AddAsync(data.Observations, replace: false);

        var evaluation = await engine.Evaluator.EvaluateAsync(SyntheticData.AsOf);
        var stored = await engine.History.GetLatestAsync();

        Assert.Contains(evaluation.Risks.SelectMany(r => r.Scopes).SelectMany(s => s.Reasons), r => r.Driver is not null);
        Assert.Equal(Describe(evaluation.Risks), Describe(stored!.Risks));
    }

    [Theory, MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task StoreAsync_Detail_StoredAsTextByteForByteAsSerialized(TestStore store)
    {
        using var engine = new Engine(store);
        var data = new SyntheticData(engine.Rules, 3);
        await engine.Services.GetRequiredService<IScopeStore>().UpsertAsync([.. data.ScopeNames.Select(s => new ScopeInfo(s.Key, s.Value))]);
        await engine.Observations.AddAsync(data.Observations, replace: false);
        var evaluation = await engine.Evaluator.EvaluateAsync(SyntheticData.AsOf);

        await using var c = await engine.Services.GetRequiredService<EngineDatabase>().OpenAsync(CancellationToken.None);
        var rows = (await c.QueryAsync<(string Risk, string Type, string Detail)>(store == TestStore.Sqlite
            ? "SELECT risk, typeof(detail), detail FROM assessments WHERE evaluation_id = @Id"
            : "SELECT risk, pg_typeof(detail)::text, detail FROM assessments WHERE evaluation_id = @Id", new { evaluation.Id })).ToList();

        // Text, not a blob: readers of the column (sqlite3, psql, exports) see the JSON, and it is byte for byte what was written.
        Assert.Equal(evaluation.Risks.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("text", r.Type));
        Assert.All(rows, r => Assert.Equal(AssessmentJson.Write(evaluation.Risks.Single(x => x.Code == r.Risk)), Encoding.UTF8.GetBytes(r.Detail)));
        Assert.Contains(rows, r => r.Detail.Any(ch => ch is >= '\u0400' and <= '\u04FF')); // Kyrgyz and Russian letters came through as letters
    }

    [Fact]
    public void Read_StoredWithEscapedText_GivesTheSameAssessment()
    {
        var data = new SyntheticData(SharedRuleSet.Value, 4);
        var rated = new RiskRater(SharedRuleSet.Value, new FactBuilder(new FactOptions(90, 0.10)))
            .Rate(SyntheticData.AsOf, data.Observations.ToList(), data.Actions.ToList(), data.ScopeNames, CancellationToken.None);
        // How detail was written before: the default encoder, which escapes every Kyrgyz and Russian letter.
        var earlier = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

        var escaped = rated.Select(r => JsonSerializer.Serialize(r, earlier)).ToList();
        var read = escaped.Select(AssessmentJson.Read).ToList();

        Assert.Contains(@"\u0443", escaped[0], StringComparison.Ordinal);
        Assert.Equal(Describe(rated), Describe(read));
    }

    [Fact]
    public void Write_KyrgyzAndRussianText_KeepsTheLettersUnescaped()
    {
        var reason = new Reason("r", null, Scopes.University, null, null, null, RatingSide.Likelihood, 3, 1, LocalizedText.Of(("ky", "университет"), ("ru", "университет"), ("en", "university")));
        var assessment = new RiskAssessment
        {
            Code = "1.1", Category = "1", Likelihood = 3, Impact = 3, Appetite = 6, WorstScope = Scopes.University, StaleIndicators = [],
            Reasons = [reason], Scopes = [new ScopeRating(Scopes.University, 3, 3, [reason])],
        };

        var json = Encoding.UTF8.GetString(AssessmentJson.Write(assessment));

        Assert.Contains("университет", json, StringComparison.Ordinal);
        Assert.Equal(Describe([assessment]), Describe([AssessmentJson.Read(json)]));
    }

    private static List<string> Describe(IEnumerable<RiskAssessment> risks) =>
    [
        .. risks.SelectMany(r => new[]
            {
                Invariant($"{r.Code} {r.Category} {r.Likelihood}×{r.Impact} appetite {r.Appetite} worst {r.WorstScope} stale {string.Join(',', r.StaleIndicators)} movement {r.Movement}/{r.MovementSinceReview} previous {r.PreviousScore} review {r.ReviewScore}"),
            }
            .Concat(r.Reasons.Select(Line))
            .Concat(r.Scopes.SelectMany(s => new[] { Invariant($"  {s.Scope} {s.Likelihood}×{s.Impact} stale {string.Join(',', s.StaleIndicators)}") }.Concat(s.Reasons.Select(Line))))),
    ];

    private static string Line(Reason x) =>
        Invariant($"    {x.Rule} {x.Indicator} {x.Scope} {x.Sets} {x.Level} line {x.SourceLine} value {x.Value:R} target {x.Target:R} gap {x.Gap:R} driver {x.Driver} default {x.IsDefault} text line {x.Text.Line} | ")
        + string.Join(" | ", x.Text.Texts.Select(t => $"{t.Key}: {t.Value}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
